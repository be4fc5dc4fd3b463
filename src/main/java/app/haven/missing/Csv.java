package app.haven.missing;

import java.util.List;

/**
 * One CSV line (RFC 4180): fields quoted when they hold a comma, quote or line break. A field that a spreadsheet
 * would run as a formula (starting =, +, -, @) is prefixed with an apostrophe, so an export never executes anything.
 * Built without streams: a statutory return writes 400,000 lines.
 */
final class Csv {

    private Csv() {}

    static String line(List<String> fields) {
        StringBuilder line = new StringBuilder(64);
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(fields.get(i)));
        }
        return line.append("\r\n").toString();
    }

    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
