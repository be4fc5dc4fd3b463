package app.haven.missing;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One CSV line (RFC 4180): fields quoted when they hold a comma, quote or line break. A field that a spreadsheet
 * would run as a formula (starting =, +, -, @) is prefixed with an apostrophe, so an export never executes anything.
 */
final class Csv {

    private Csv() {}

    static String line(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
