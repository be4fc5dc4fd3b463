package app.haven.referrals;

/**
 * The outcome of the direct work closed in a period: how many closed with an outcome, and how many with risk reduced,
 * unchanged and increased (the strategy's "risk reduced at closure"), as a share to one decimal place.
 */
public record OutcomeFigures(int closed, int reduced, int unchanged, int increased) {

    /** The share with risk reduced, in per cent to one decimal place ("95.0"); empty text when none closed. */
    public String reducedShare() {
        if (closed == 0) {
            return "";
        }
        return String.format(java.util.Locale.UK, "%.1f", 100.0 * reduced / closed);
    }
}
