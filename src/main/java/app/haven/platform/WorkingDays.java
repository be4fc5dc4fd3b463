package app.haven.platform;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Counting working days in England: Saturdays and Sundays are skipped (bank holidays are not known to Haven yet).
 * Every deadline set in working days (a strategy discussion, a referral decision) counts them here.
 */
public final class WorkingDays {

    private WorkingDays() {}

    /** The day {@code days} working days after {@code from}; 0 is {@code from} itself, or the next working day. */
    public static LocalDate after(LocalDate from, int days) {
        LocalDate date = from;
        int left = days;
        while (left > 0 || isWeekend(date)) {
            date = date.plusDays(1);
            if (!isWeekend(date)) {
                left--;
            }
        }
        return date;
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
