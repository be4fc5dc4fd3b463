package app.haven.people.matching;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names as search compares them: lower case, accents off (Zoë is typed Zoe as often as not), apostrophes gone
 * (O'Brien, OBrien and O Brien are written all three ways), split into words on spaces, hyphens and other marks.
 */
public final class NameNormaliser {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’`]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameNormaliser() {}

    public static List<String> tokens(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String plain =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        plain = APOSTROPHES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
        return Arrays.stream(SEPARATORS.split(plain)).filter(t -> !t.isEmpty()).toList();
    }

    /** One word, normalised; the words joined when there were several. */
    public static String token(String text) {
        return String.join("", tokens(text));
    }
}
