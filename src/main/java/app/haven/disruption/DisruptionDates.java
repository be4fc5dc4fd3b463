package app.haven.disruption;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Dates as the disruption pages show them ("3 March 2026"), and today in Europe/London. */
final class DisruptionDates {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private DisruptionDates() {}

    static String format(LocalDate date) {
        return date.format(FORMAT);
    }

    static String format(Optional<LocalDate> date) {
        return date.map(DisruptionDates::format).orElse("");
    }

    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), LONDON);
    }
}
