package app.haven.disruption;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads published comparator rates from CSV: a header {@code area,year,rate,source} and one area and year a line
 * (fields may be quoted, with "" for a quote). Every line is checked; any error refuses the whole file, by line number.
 */
public final class ComparatorCsv {

    static final String HEADER = "area,year,rate,source";

    /** One comparator rate as read. */
    public record Rate(String area, int year, BigDecimal rate, String source) {}

    /** The rates read, or the errors with their line numbers (never both). */
    record Read(List<Rate> rates, List<String> errors) {}

    private ComparatorCsv() {}

    static Read read(String text) {
        List<Rate> rates = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().replace(" ", "").equalsIgnoreCase(HEADER)) {
            return new Read(List.of(), List.of("Line 1: the first line must be the header " + HEADER));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            int number = i + 1;
            List<String> fields = fields(lines[i]);
            if (fields == null || fields.size() != 4) {
                errors.add("Line " + number + ": expected 4 fields (area, year, rate, source)");
                continue;
            }
            Rate rate = rate(fields, number, errors);
            if (rate != null && !seen.add(rate.area().toLowerCase(java.util.Locale.UK) + "|" + rate.year())) {
                errors.add("Line " + number + ": " + rate.area() + " " + rate.year() + " appears twice");
            } else if (rate != null) {
                rates.add(rate);
            }
        }
        if (errors.isEmpty() && rates.isEmpty()) {
            errors.add("The file has no rates after its header");
        }
        return errors.isEmpty() ? new Read(rates, List.of()) : new Read(List.of(), errors);
    }

    private static Rate rate(List<String> f, int line, List<String> errors) {
        int before = errors.size();
        String area = f.get(0).strip();
        if (area.isEmpty() || area.length() > 120) {
            errors.add("Line " + line + ": enter the area's name (up to 120 characters)");
        }
        Integer year = null;
        try {
            year = Integer.valueOf(f.get(1).strip());
        } catch (NumberFormatException e) {
            // reported below
        }
        if (year == null || year < 2000 || year > 2100) {
            errors.add("Line " + line + ": the year must be a whole number between 2000 and 2100");
        }
        BigDecimal rate = null;
        try {
            rate = new BigDecimal(f.get(2).strip());
        } catch (NumberFormatException e) {
            // reported below
        }
        if (rate == null || rate.signum() < 0 || rate.scale() > 2 || rate.precision() - rate.scale() > 7) {
            errors.add("Line " + line + ": the rate must be a number of 0 or more with at most 2 decimal places");
        }
        String source = f.get(3).strip();
        if (source.isEmpty() || source.length() > 300) {
            errors.add("Line " + line + ": enter the source of the rate (up to 300 characters)");
        }
        return errors.size() == before ? new Rate(area, year, rate, source) : null;
    }

    /** The fields of one line, or null when a quote is left open. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }
}
