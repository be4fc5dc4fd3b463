package app.haven.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bank holidays of England and Wales (the partnership's nation) for any year: the usual ones worked out from
 * their rules, with substitute days when New Year, Christmas or Boxing Day fall at a weekend, and the one-off
 * changes listed in {@code calendar/bank-holiday-changes-england-and-wales.txt}.
 */
final class BankHolidays {

    static final String CHANGES = "calendar/bank-holiday-changes-england-and-wales.txt";

    private final Map<LocalDate, LocalDate> moved = new HashMap<>();
    private final Set<LocalDate> added = new TreeSet<>();

    private BankHolidays() {}

    static BankHolidays withChangesFrom(InputStream changes, String name) {
        BankHolidays holidays = new BankHolidays();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(changes, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                holidays.read(line.strip(), name + " line " + number);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return holidays;
    }

    private void read(String line, String where) {
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        String[] words = line.split("\\s+");
        try {
            if (words[0].equals("moved") && words.length >= 3) {
                moved.put(LocalDate.parse(words[1]), LocalDate.parse(words[2]));
            } else if (words[0].equals("added") && words.length >= 2) {
                added.add(LocalDate.parse(words[1]));
            } else {
                throw new IllegalStateException(
                        where + ": expected 'moved <date> <date> <why>' or 'added <date> <why>'");
            }
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(where + ": " + e.getParsedString() + " is not a date (YYYY-MM-DD)", e);
        }
    }

    /** Every bank holiday of {@code year}, in date order. */
    Set<LocalDate> in(int year) {
        Set<LocalDate> days = new TreeSet<>();
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        addWithSubstitute(days, LocalDate.of(year, Month.JANUARY, 1));
        addWithSubstitute(days, LocalDate.of(year, Month.DECEMBER, 25));
        addWithSubstitute(days, LocalDate.of(year, Month.DECEMBER, 26));
        Set<LocalDate> changed = new TreeSet<>();
        for (LocalDate day : days) {
            changed.add(moved.getOrDefault(day, day));
        }
        added.stream().filter(day -> day.getYear() == year).forEach(changed::add);
        return changed;
    }

    /** A holiday falling at a weekend is given the next weekday that is not already a holiday. */
    private static void addWithSubstitute(Set<LocalDate> days, LocalDate day) {
        LocalDate date = day;
        while (isWeekend(date) || days.contains(date)) {
            date = date.plusDays(1);
        }
        days.add(date);
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm published in 1876). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
