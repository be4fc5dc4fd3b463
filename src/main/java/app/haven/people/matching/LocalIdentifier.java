package app.haven.people.matching;

import java.util.Locale;

/** Police and council person ids: each agency's own format, so only a safe shape is enforced. */
public final class LocalIdentifier {

    static final int MAX = 30;

    private LocalIdentifier() {}

    public static IdentifierCheck check(String input, String label) {
        String value = input == null ? "" : input.strip().toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            return new IdentifierCheck.Invalid("Enter the " + label);
        }
        if (value.length() > MAX) {
            return new IdentifierCheck.Invalid(label + " must be " + MAX + " characters or fewer");
        }
        if (!value.matches("[A-Z0-9/-]+")) {
            return new IdentifierCheck.Invalid(label + " must only include letters, numbers, hyphens and slashes");
        }
        return new IdentifierCheck.Valid(value);
    }
}
