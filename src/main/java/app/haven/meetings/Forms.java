package app.haven.meetings;

import app.haven.platform.web.FormErrors;
import java.util.Optional;

/** Small checks every meetings form makes, with GOV.UK wording. */
final class Forms {

    private Forms() {}

    /** A record id as posted, when it is one. */
    static Optional<Long> id(String value) {
        try {
            return Optional.of(Long.parseLong(value.strip())).filter(id -> id > 0);
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** A form's version as posted, or -1 (never a real version) when it is missing or not a number. */
    static int version(String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Checks a text answer's presence and length; {@code what} names it ("the decision"). */
    static void text(FormErrors.Builder errors, String field, String value, String what, int max, boolean required) {
        String text = value == null ? "" : value.strip();
        if (required && text.isEmpty()) {
            errors.field(field, "Enter " + what);
        } else if (text.length() > max) {
            errors.field(field, capitalised(what) + " must be " + max + " characters or fewer");
        }
    }

    private static String capitalised(String what) {
        String text = what.startsWith("the ") ? what.substring(4) : what;
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
