package app.haven.platform.web;

import java.util.Locale;

/**
 * The GOV.UK tag colours. Use colour to help users scan, never as the only way to tell states apart:
 * the tag's words must say it.
 */
public enum TagColour {
    BLUE,
    GREY,
    GREEN,
    TURQUOISE,
    LIGHT_BLUE,
    PURPLE,
    PINK,
    RED,
    ORANGE,
    YELLOW;

    /** The colour of a risk band by its rank (0 lowest): green, yellow, orange, red; grey when unbanded. */
    public static TagColour forBandRank(int rank) {
        return rank >= 3 ? RED : rank == 2 ? ORANGE : rank == 1 ? YELLOW : rank == 0 ? GREEN : GREY;
    }

    /** The modifier class, worked out once: blue is GOV.UK's default tag and has none. */
    private final String cssClass = name().equals("BLUE")
            ? null
            : "govuk-tag--" + name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** The tag's whole class attribute, worked out once: a register page shows a hundred tags. */
    private final String tagClasses = cssClass == null ? "govuk-tag" : "govuk-tag " + cssClass;

    /** {@code govuk-tag} and the modifier class. */
    public String tagClasses() {
        return tagClasses;
    }
}
