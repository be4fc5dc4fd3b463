package app.haven.insight;

import app.haven.platform.MeasurePeriod;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a financial year (1 April to 31 March, as the strategy's figures are counted) or one of its
 * quarters (Q1 April–June … Q4 January–March). Written {@code 2016-17} or {@code 2016-17-q1} in links and exports.
 */
public record Period(int startYear, int quarter) {

    private static final Pattern CODE = Pattern.compile("(\\d{4})-(\\d{2})(?:-q([1-4]))?");
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2099;

    public Period {
        if (startYear < FIRST_YEAR || startYear > LAST_YEAR || quarter < 0 || quarter > 4) {
            throw new IllegalArgumentException("no such period: " + startYear + " quarter " + quarter);
        }
    }

    /** The financial year that begins in April of {@code startYear}. */
    public static Period year(int startYear) {
        return new Period(startYear, 0);
    }

    /** The period a code names, or empty when the code names no period (2016-18, 2016-17-q5, 1999-00). */
    public static Optional<Period> parse(String code) {
        Matcher m = CODE.matcher(code == null ? "" : code.trim().toLowerCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(m.group(1));
        if ((start + 1) % 100 != Integer.parseInt(m.group(2)) || start < FIRST_YEAR || start > LAST_YEAR) {
            return Optional.empty();
        }
        return Optional.of(new Period(start, m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
    }

    /** The financial year a day falls in. */
    public static Period yearOf(LocalDate day) {
        return year(day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1);
    }

    public boolean isQuarter() {
        return quarter > 0;
    }

    /** The first day of the period. */
    public LocalDate from() {
        LocalDate april = LocalDate.of(startYear, Month.APRIL, 1);
        return isQuarter() ? april.plusMonths(3L * (quarter - 1)) : april;
    }

    /** The day after the period's last day. */
    public LocalDate toExclusive() {
        return from().plusMonths(isQuarter() ? 3 : 12);
    }

    /** The days a measure is counted over in this period. */
    public MeasurePeriod measured() {
        return new MeasurePeriod(from(), toExclusive());
    }

    /** The period just before: last year for a year, the quarter before for a quarter. */
    public Period previous() {
        if (!isQuarter()) {
            return year(startYear - 1);
        }
        return quarter == 1 ? new Period(startYear - 1, 4) : new Period(startYear, quarter - 1);
    }

    /** The financial year this period belongs to. */
    public Period financialYear() {
        return year(startYear);
    }

    /** As links and exports write it: {@code 2016-17} or {@code 2016-17-q1}. */
    public String code() {
        String year = startYear + "-" + String.format("%02d", (startYear + 1) % 100);
        return isQuarter() ? year + "-q" + quarter : year;
    }

    /** As the strategy writes it: {@code 2016/17} or {@code 2016/17 Q1 (April to June)}. */
    public String label() {
        String year = startYear + "/" + String.format("%02d", (startYear + 1) % 100);
        return isQuarter() ? year + " Q" + quarter + " (" + QUARTER_MONTHS[quarter - 1] + ")" : year;
    }

    private static final String[] QUARTER_MONTHS = {
        "April to June", "July to September", "October to December", "January to March"
    };
}
