package app.haven.identity.admin;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Adds a problem found after Bean Validation (a duplicate name, an unknown id) to the same binding result, so
 * the page shows one error summary whichever check failed.
 */
final class FieldProblems {

    private FieldProblems() {}

    static void add(BindingResult result, String field, String message) {
        // Records have no setters for BeanWrapper to read, so the error is built directly, not via rejectValue.
        result.addError(new FieldError(result.getObjectName(), field, null, false, null, null, message));
    }

    /** A select or checkbox value that is not a number the page offered: tampered with, or stale. */
    static java.util.Optional<Long> id(String value) {
        try {
            return value == null || value.isBlank()
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException notAnId) {
            return java.util.Optional.empty();
        }
    }
}
