package app.haven.platform.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A date as a user typed it into the GOV.UK date input: three separate boxes, kept as text so that whatever
 * they typed comes back to them on an error. Bind it as a nested form field: the date input posts
 * {@code <name>.day}, {@code <name>.month} and {@code <name>.year}.
 */
public record DateParts(String day, String month, String year) {

    public static DateParts empty() {
        return new DateParts("", "", "");
    }

    public static DateParts of(LocalDate date) {
        return new DateParts(
                String.valueOf(date.getDayOfMonth()),
                String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    public boolean isBlank() {
        return blank(day) && blank(month) && blank(year);
    }

    /** The date, when all three parts are whole numbers that make a real date with a four-digit year. */
    public Optional<LocalDate> toDate() {
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 1000 || y > 9999) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip())));
        } catch (NumberFormatException | NullPointerException | DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(String part) {
        return part == null || part.isBlank();
    }
}
