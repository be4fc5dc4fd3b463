package app.haven.people;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A word and its one-letter deletions. Two words within one typo of each other (insertion, deletion,
 * substitution or adjacent transposition) always share one of these keys, which lets PostgreSQL find typos with a
 * plain index lookup instead of comparing the search word with every name it knows (the symmetric-delete idea).
 * Words of one or two letters get only themselves; three letters are enough for a slip in Amy or Zoe to be found
 * (the scorer weighs it weakly, since one letter off a three-letter name is often another name).
 */
final class TypoKeys {

    static final int MIN_LENGTH = 3;

    private TypoKeys() {}

    static Set<String> of(String token) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(token);
        if (token.codePointCount(0, token.length()) < MIN_LENGTH) {
            return keys;
        }
        int[] points = token.codePoints().toArray();
        for (int skip = 0; skip < points.length; skip++) {
            StringBuilder key = new StringBuilder(token.length());
            for (int i = 0; i < points.length; i++) {
                if (i != skip) {
                    key.appendCodePoint(points[i]);
                }
            }
            keys.add(key.toString());
        }
        return keys;
    }
}
