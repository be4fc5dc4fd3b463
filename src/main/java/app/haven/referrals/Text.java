package app.haven.referrals;

import app.haven.platform.web.FormErrors;
import java.util.Arrays;
import java.util.Optional;

/** Reading what was typed into the module's forms: present text, ids, choices, lengths. */
final class Text {

    private Text() {}

    static Optional<String> present(String typed) {
        return typed == null || typed.isBlank() ? Optional.empty() : Optional.of(typed.strip());
    }

    static Optional<Long> id(String typed) {
        try {
            return present(typed).map(Long::parseLong).filter(id -> id > 0);
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    static <E extends Enum<E>> Optional<E> choice(Class<E> type, String typed) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(typed))
                .findFirst();
    }

    static void required(FormErrors.Builder errors, String field, String typed, int limit, String missing) {
        if (present(typed).isEmpty()) {
            errors.field(field, missing);
        } else {
            limit(errors, field, typed, limit);
        }
    }

    static void limit(FormErrors.Builder errors, String field, String typed, int limit) {
        if (typed != null && typed.strip().length() > limit) {
            errors.field(field, "Use " + limit + " characters or fewer");
        }
    }
}
