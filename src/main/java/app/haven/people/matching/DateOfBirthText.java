package app.haven.people.matching;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Dates of birth as people type them in the UK: day first (3/4/2012 is 3 April), with slashes, hyphens, dots or
 * words (3 April 2012, 3rd Apr 12, April 3 2012), ISO (2012-04-03) or eight digits (03042012). A two-digit year
 * is the latest year that puts the date on or before today.
 */
public final class DateOfBirthText {

    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern EIGHT = Pattern.compile("(\\d{2})(\\d{2})(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]+)\\.?,?\\s+(\\d{2}|\\d{4})");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("([a-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{2}|\\d{4})");
    private static final Map<String, Integer> MONTHS = Stream.of(Month.values())
            .flatMap(m -> Stream.of(
                    Map.entry(m.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT), m.getValue()),
                    Map.entry(m.getDisplayName(TextStyle.SHORT, Locale.UK).toLowerCase(Locale.ROOT), m.getValue()),
                    Map.entry("sept", 9)))
            .distinct()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));

    private DateOfBirthText() {}

    public static Optional<LocalDate> parse(String text, LocalDate today) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher m;
        if ((m = ISO.matcher(t)).matches()) {
            return date(m.group(1), m.group(2), m.group(3), today);
        }
        if ((m = NUMERIC.matcher(t)).matches() || (m = EIGHT.matcher(t)).matches()) {
            Matcher found = m;
            // Day first, as in the UK; a "month" over 12 can only be the US order (2/14/2011).
            return date(m.group(3), m.group(2), m.group(1), today)
                    .or(() -> date(found.group(3), found.group(1), found.group(2), today));
        }
        if ((m = DAY_MONTH_YEAR.matcher(t)).matches()) {
            Matcher found = m;
            return month(m.group(2)).flatMap(month -> date(found.group(3), month, found.group(1), today));
        }
        if ((m = MONTH_DAY_YEAR.matcher(t)).matches()) {
            Matcher found = m;
            return month(m.group(1)).flatMap(month -> date(found.group(3), month, found.group(2), today));
        }
        return Optional.empty();
    }

    /**
     * Why text in a date's shape is not a date of birth, in words for the person who typed it ("29 February 2023
     * does not exist — check the date"); empty when it is a date, or not shaped like one.
     */
    public static Optional<String> problem(String text, LocalDate today) {
        if (text == null || parse(text, today).isPresent()) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher m;
        if ((m = ISO.matcher(t)).matches()) {
            return describe(m.group(1), Integer.parseInt(m.group(2)), m.group(3), today);
        }
        if ((m = NUMERIC.matcher(t)).matches()) {
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(1));
            // 2/14/2011 is read in the US order; a "month" over 12 with a day that could be a month reads that way.
            return month > 12 && day <= 12
                    ? describe(m.group(3), day, m.group(2), today)
                    : describe(m.group(3), month, m.group(1), today);
        }
        if ((m = DAY_MONTH_YEAR.matcher(t)).matches()) {
            Matcher found = m;
            return month(m.group(2)).flatMap(month -> describe(found.group(3), month, found.group(1), today));
        }
        if ((m = MONTH_DAY_YEAR.matcher(t)).matches()) {
            Matcher found = m;
            return month(m.group(1)).flatMap(month -> describe(found.group(3), month, found.group(2), today));
        }
        return Optional.empty();
    }

    private static Optional<String> describe(String yearText, int month, String dayText, LocalDate today) {
        int day = Integer.parseInt(dayText);
        int year = Integer.parseInt(yearText);
        if (yearText.length() == 2) {
            year += 2000;
            if (LocalDate.of(year, Math.max(1, Math.min(month, 12)), 1).isAfter(today)) {
                year -= 100;
            }
        }
        if (month < 1 || month > 12) {
            return Optional.of(dayText + "/" + month + "/" + yearText + " is not a date: there is no month " + month
                    + " — check the date");
        }
        String monthName = Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK);
        if (day < 1 || day > Month.of(month).length(java.time.Year.isLeap(year))) {
            return Optional.of(day + " " + monthName + " " + year + " does not exist — check the date");
        }
        return Optional.of(day + " " + monthName + " " + year + " is in the future — check the date");
    }

    /** The words that can be a month in a typed date. */
    static boolean isMonth(String word) {
        return MONTHS.containsKey(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    public static DobComparison compare(LocalDate query, LocalDate candidate) {
        if (query.equals(candidate)) {
            return DobComparison.SAME;
        }
        Optional<LocalDate> swapped = swap(query);
        if (swapped.isPresent() && swapped.get().equals(candidate)) {
            return DobComparison.DAY_MONTH_SWAPPED;
        }
        if (withinAYear(query, candidate)) {
            return DobComparison.YEAR_OFF_BY_ONE;
        }
        if (swapped.isPresent() && withinAYear(swapped.get(), candidate)) {
            return DobComparison.SWAPPED_AND_YEAR_OFF_BY_ONE;
        }
        return DobComparison.DIFFERENT;
    }

    /** The date, its day/month swap when that is a real date, and each of those a year either side. */
    public static Set<LocalDate> variants(LocalDate date) {
        Set<LocalDate> variants = new LinkedHashSet<>();
        for (LocalDate base :
                Stream.concat(Stream.of(date), swap(date).stream()).toList()) {
            variants.add(base);
            variants.add(base.plusYears(1));
            variants.add(base.minusYears(1));
        }
        return variants;
    }

    static Optional<LocalDate> swap(LocalDate date) {
        if (date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean withinAYear(LocalDate a, LocalDate b) {
        return Math.abs(a.getYear() - b.getYear()) == 1
                && a.getMonthValue() == b.getMonthValue()
                && (a.getDayOfMonth() == b.getDayOfMonth() || isLeapDay(a) || isLeapDay(b));
    }

    private static boolean isLeapDay(LocalDate d) {
        return d.getMonthValue() == 2 && d.getDayOfMonth() >= 28;
    }

    private static Optional<Integer> month(String word) {
        return Optional.ofNullable(MONTHS.get(word.replace(".", "")));
    }

    private static Optional<LocalDate> date(String year, Object month, String day, LocalDate today) {
        try {
            int y = Integer.parseInt(year);
            int mo = month instanceof Integer i ? i : Integer.parseInt((String) month);
            int d = Integer.parseInt(day);
            if (year.length() == 2) {
                y += 2000;
                if (LocalDate.of(y, mo, Math.min(d, 28)).isAfter(today)) {
                    y -= 100;
                }
            }
            LocalDate date = LocalDate.of(y, mo, d);
            return date.isAfter(today) ? Optional.empty() : Optional.of(date);
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
