package app.haven.meetings;

/** Words the minutes (page and PDF) share. */
public final class MinutesText {

    private MinutesText() {}

    /** What a reader is told about the children whose sections their copy leaves out. */
    public static String hidden(int children) {
        return children + (children == 1 ? " child was" : " children were")
                + " also on the agenda whose records you may not open: their sections are not shown to you.";
    }
}
