package app.haven.intelligence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * References as users type them: {@code I-12} an entity, {@code P-340} a person record (a child or an adult, who
 * becomes an entity when first linked), {@code R-7} a report. A bare number is read as an entity.
 */
final class References {

    private static final Pattern REFERENCE = Pattern.compile("^([IPR])?-?\\s*([0-9]{1,18})$");

    /** One reference: its letter (I, P or R) and number. */
    record Reference(char kind, long id) {
        boolean person() {
            return kind == 'P';
        }
    }

    private References() {}

    static Optional<Reference> parse(String text) {
        Matcher m = REFERENCE.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        char kind = m.group(1) == null ? 'I' : m.group(1).charAt(0);
        return Optional.of(new Reference(kind, Long.parseLong(m.group(2))));
    }

    /** Every reference on its own line; the lines that are not references, for the error message. */
    static List<Reference> lines(String text, List<String> unreadable) {
        List<Reference> found = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            parse(line).filter(r -> r.kind() != 'R').ifPresentOrElse(found::add, () -> unreadable.add(line.strip()));
        }
        return found;
    }
}
