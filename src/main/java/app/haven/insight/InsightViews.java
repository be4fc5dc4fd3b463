package app.haven.insight;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Words the insight pages share. */
public final class InsightViews {

    static final DateTimeFormatter AS_AT =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(InsightFilter.LONDON);

    private InsightViews() {}

    /** When the figures were counted: "Figures as at 30 November 2026 at 14:20." */
    public static String asAt(Instant at) {
        return "Figures as at " + AS_AT.format(at) + ".";
    }

    public static String asAt(Optional<Instant> at) {
        return at.map(InsightViews::asAt).orElse("");
    }
}
