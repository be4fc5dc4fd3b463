package app.haven.screening.banding;

/** What the completer said about one indicator. */
public enum Answer {
    PRESENT,
    NOT_PRESENT,
    /** Not known counts as not present for banding, but is listed so the gap is visible and can be followed up. */
    NOT_KNOWN
}
