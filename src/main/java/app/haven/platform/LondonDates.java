package app.haven.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as Haven's pages write them, GOV.UK style ("3 December 2026", "3 December 2026 at 14:30"), and
 * today's date, all on the London clock: the partnership's days and deadlines are Europe/London's.
 */
public final class LondonDates {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(LONDON);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private LondonDates() {}

    /** "3 December 2026 at 14:30", on the London clock. */
    public static String format(Instant instant) {
        return WHEN.format(instant);
    }

    /** "3 December 2026". */
    public static String format(LocalDate date) {
        return DAY.format(date);
    }

    /** Today on the London clock (read from the instant, so any injected clock will do). */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), LONDON);
    }
}
