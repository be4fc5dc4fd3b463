package app.haven.engagement;

import java.util.Optional;

/** Whole numbers as typed in forms: empty when what was typed is not one. */
final class Numbers {

    private Numbers() {}

    static Optional<Long> parse(String text) {
        if (text == null || text.isBlank() || text.strip().length() > 18) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
