package app.haven.missing;

/**
 * The area's missing figures at a glance: open episodes, interviews due and overdue, repeat-missing children, and
 * this quarter's 72-hour compliance (returns, interviews offered and held within the deadline).
 */
public record CoordinatorFigures(
        long open,
        long interviewsDue,
        long interviewsOverdue,
        long repeatChildren,
        long returnsThisQuarter,
        long offeredInTime,
        long heldInTime) {

    public String offeredPercent() {
        return percent(offeredInTime);
    }

    public String heldPercent() {
        return percent(heldInTime);
    }

    /** A percentage to one decimal place (domain reference section 9), or a dash with no returns. */
    private String percent(long part) {
        return returnsThisQuarter == 0
                ? "–"
                : String.format(java.util.Locale.UK, "%.1f%%", 100.0 * part / returnsThisQuarter);
    }
}
