package app.haven.screening;

import java.util.List;

/** PostgreSQL text[] literals with every element quoted. */
final class TextArrays {

    private TextArrays() {}

    static String literal(List<String> items) {
        StringBuilder literal = new StringBuilder("{");
        for (String item : items) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"')
                    .append(item.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return literal.append('}').toString();
    }
}
