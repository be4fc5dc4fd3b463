package app.haven.people.matching;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which first letters a sound-alike of a name may start with. Double Metaphone hears Tania and Dana alike; people
 * searching for Tania rarely mean Dana, but do mean Kaitlyn for Caitlin, Geoff for Jeff or Filip for Philip. Keeping
 * sound-alikes to these letter groups keeps the useful ones and the candidate lists short.
 */
public final class FirstLetters {

    private static final List<String> GROUPS = List.of("ckq", "cs", "gj", "fp", "iy", "ae", "ei", "ou", "wv");

    private FirstLetters() {}

    /** Whether two words start with letters a sound-alike may share. */
    public static boolean compatible(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        char x = a.charAt(0);
        char y = b.charAt(0);
        if (x == y) {
            return true;
        }
        for (String group : GROUPS) {
            if (group.indexOf(x) >= 0 && group.indexOf(y) >= 0) {
                return true;
            }
        }
        return false;
    }

    public static Set<String> alike(String word) {
        Set<String> letters = new LinkedHashSet<>();
        if (word.isEmpty()) {
            return letters;
        }
        String first = word.substring(0, 1);
        letters.add(first);
        for (String group : GROUPS) {
            if (group.contains(first)) {
                group.chars().forEach(c -> letters.add(String.valueOf((char) c)));
            }
        }
        return letters;
    }
}
