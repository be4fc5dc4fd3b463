package app.haven.disruption;

import app.haven.platform.LondonDates;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** Dates as the disruption pages show them ("3 March 2026"), and today in Europe/London. */
final class DisruptionDates {

    static final ZoneId LONDON = LondonDates.LONDON;

    private DisruptionDates() {}

    static String format(LocalDate date) {
        return LondonDates.format(date);
    }

    static String format(Optional<LocalDate> date) {
        return date.map(DisruptionDates::format).orElse("");
    }

    static LocalDate today(Clock clock) {
        return LondonDates.today(clock);
    }
}
