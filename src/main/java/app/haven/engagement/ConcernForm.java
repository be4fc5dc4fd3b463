package app.haven.engagement;

import app.haven.platform.web.FormErrors;
import java.util.Optional;

/**
 * A concern as a member of the public typed it: what, where, when, who, and how to reach them if they choose. Text is
 * kept exactly as typed (a script in it is stored as text and printed escaped); only its length is limited. The
 * {@code website} field is a honeypot hidden from people: anything in it means a program filled the form.
 */
public record ConcernForm(
        String area, String what, String where, String when, String who, String contact, String website) {

    static final int WHAT_MAX = 5000;

    static ConcernForm blank() {
        return new ConcernForm("", "", "", "", "", "", "");
    }

    boolean filledByAProgram() {
        return !website.isEmpty();
    }

    Optional<Checked> check(java.util.function.LongPredicate areaInUse, FormErrors.Builder errors) {
        boolean ok = true;
        Optional<Long> areaId = parse(area).filter(areaInUse::test);
        if (areaId.isEmpty()) {
            ok = fail(errors, "area", "Select the area where it happened");
        }
        ok &= text(errors, "what", what, WHAT_MAX, "Tell us what you saw or heard");
        ok &= text(errors, "where", where, 500, "Tell us where it happened");
        ok &= text(errors, "when", when, 200, "Tell us when it happened, even roughly");
        if (who.strip().length() > 2000) {
            ok = fail(errors, "who", "Who was involved must be 2,000 characters or fewer");
        }
        if (contact.strip().length() > 300) {
            ok = fail(errors, "contact", "Your contact details must be 300 characters or fewer");
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(
                new Checked(areaId.get(), what.strip(), where.strip(), when.strip(), optional(who), optional(contact)));
    }

    private static boolean text(FormErrors.Builder errors, String field, String value, int max, String missing) {
        if (value.isBlank()) {
            return fail(errors, field, missing);
        }
        if (value.strip().length() > max) {
            return fail(errors, field, "This must be " + String.format("%,d", max) + " characters or fewer");
        }
        return true;
    }

    private static boolean fail(FormErrors.Builder errors, String field, String message) {
        errors.field(field, message);
        return false;
    }

    private static Optional<String> optional(String value) {
        return value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static Optional<Long> parse(String value) {
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    record Checked(
            long areaId, String what, String where, String when, Optional<String> who, Optional<String> contact) {}
}
