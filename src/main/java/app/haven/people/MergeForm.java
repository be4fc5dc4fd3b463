package app.haven.people;

import app.haven.platform.web.FormErrors;
import java.util.Optional;

/** Which record to merge into this one (chosen from the list, or its record number typed), and why. */
public record MergeForm(String otherId, String otherNumber, String reason) {

    static final int MAX_REASON = 1000;

    public MergeForm {
        otherId = otherId == null ? "" : otherId.strip();
        otherNumber = otherNumber == null ? "" : otherNumber.strip();
        reason = reason == null ? "" : reason.strip();
    }

    static MergeForm empty() {
        return new MergeForm("", "", "");
    }

    Optional<Long> other() {
        String chosen = otherNumber.isEmpty() ? otherId : otherNumber;
        return chosen.matches("\\d{1,18}") ? Optional.of(Long.parseLong(chosen)) : Optional.empty();
    }

    FormErrors validate() {
        FormErrors.Builder errors = FormErrors.builder();
        if (otherId.isEmpty() && otherNumber.isEmpty()) {
            errors.field("otherId", "Select the record that is the same person, or enter its record number");
        } else if (other().isEmpty()) {
            errors.field("otherNumber", "Record number must be a whole number, like 1042");
        }
        if (reason.isEmpty()) {
            errors.field("reason", "Enter why these records are the same person");
        } else if (reason.length() > MAX_REASON) {
            errors.field("reason", "Reason must be " + MAX_REASON + " characters or fewer");
        }
        return errors.build();
    }
}
