package app.haven.platform.web;

/**
 * Characters a name must not hold because a reader cannot see them: zero-width spaces and joiners, and the controls
 * that reverse the direction of text (Unicode "format" characters, category Cf). In a name they make two records or
 * accounts look alike while differing, or make a name read differently from how it is stored and searched.
 */
public final class HiddenCharacters {

    private HiddenCharacters() {}

    public static boolean present(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.getType(c) == Character.FORMAT);
    }

    /** The GOV.UK error message for a field that holds one, e.g. "Full name must not include hidden characters…". */
    public static String problem(String label) {
        return label + " must not include hidden characters (zero-width spaces or characters that change the"
                + " direction of text). Retype it rather than pasting it";
    }
}
