package app.haven.missing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How missing pages write dates and times: the London clock, GOV.UK style ("3 December 2026 at 14:30"). */
public final class MissingDates {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(InterviewDeadline.LONDON);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private MissingDates() {}

    public static String format(Instant instant) {
        return WHEN.format(instant);
    }

    /** Today on the London clock (read from the instant, so any injected clock will do). */
    static LocalDate today(java.time.Clock clock) {
        return LocalDate.ofInstant(clock.instant(), InterviewDeadline.LONDON);
    }

    public static String format(LocalDate date) {
        return DAY.format(date);
    }
}
