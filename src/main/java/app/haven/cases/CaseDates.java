package app.haven.cases;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** How the register writes dates: "4 March 2027" (GOV.UK style). */
public final class CaseDates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private CaseDates() {}

    public static String format(LocalDate date) {
        return DATE.format(date);
    }

    public static String format(Optional<LocalDate> date) {
        return date.map(CaseDates::format).orElse("");
    }
}
