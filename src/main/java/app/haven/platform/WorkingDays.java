package app.haven.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counting working days in England and Wales, for every deadline set in working days (strategy discussions,
 * referral decisions, …): Saturdays, Sundays and bank holidays are skipped.
 */
public final class WorkingDays {

    private static final BankHolidays HOLIDAYS = load();
    private static final Map<Integer, Set<LocalDate>> BY_YEAR = new ConcurrentHashMap<>();

    private WorkingDays() {}

    /** The day {@code days} working days after {@code from}; 0 is {@code from} itself, or the next working day. */
    public static LocalDate after(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("A number of working days cannot be negative: " + days);
        }
        LocalDate date = from;
        int left = days;
        while (left > 0 || !isWorkingDay(date)) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    /** Whether {@code date} is neither a weekend day nor a bank holiday. */
    public static boolean isWorkingDay(LocalDate date) {
        return !BankHolidays.isWeekend(date) && !isBankHoliday(date);
    }

    /** Whether {@code date} is a bank holiday in England and Wales. */
    public static boolean isBankHoliday(LocalDate date) {
        return BY_YEAR.computeIfAbsent(date.getYear(), HOLIDAYS::in).contains(date);
    }

    private static BankHolidays load() {
        try (InputStream changes = WorkingDays.class.getClassLoader().getResourceAsStream(BankHolidays.CHANGES)) {
            if (changes == null) {
                throw new IllegalStateException(BankHolidays.CHANGES + " is missing from the class path");
            }
            return BankHolidays.withChangesFrom(changes, BankHolidays.CHANGES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
