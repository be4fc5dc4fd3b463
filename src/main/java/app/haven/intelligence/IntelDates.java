package app.haven.intelligence;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as GOV.UK writes them: 3 March 2026. */
public final class IntelDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private IntelDates() {}

    public static String format(LocalDate date) {
        return DAY.format(date);
    }
}
