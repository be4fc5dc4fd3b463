package app.haven.missing;

import app.haven.platform.LondonDates;
import java.time.Instant;
import java.time.LocalDate;

/** How missing pages write dates and times: the London clock, GOV.UK style ("3 December 2026 at 14:30"). */
public final class MissingDates {

    private MissingDates() {}

    public static String format(Instant instant) {
        return LondonDates.format(instant);
    }

    /** Today on the London clock (read from the instant, so any injected clock will do). */
    static LocalDate today(java.time.Clock clock) {
        return LondonDates.today(clock);
    }

    public static String format(LocalDate date) {
        return LondonDates.format(date);
    }
}
