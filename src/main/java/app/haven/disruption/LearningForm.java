package app.haven.disruption;

import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What was typed into a person of concern's intervention and debrief forms, kept when one is refused. */
public record LearningForm(
        String programme,
        DateParts offeredOn,
        DateParts attendedOn,
        DateParts completedOn,
        DateParts heldOn,
        List<String> themes,
        String notes) {

    static LearningForm blank() {
        return new LearningForm(
                "", DateParts.empty(), DateParts.empty(), DateParts.empty(), DateParts.empty(), List.of(), "");
    }

    /** An optional date: empty when blank, absent (with an error) when typed but not a real date. */
    static Optional<Optional<LocalDate>> optional(DateParts parts, String field, FormErrors.Builder errors) {
        if (parts.isBlank()) {
            return Optional.of(Optional.empty());
        }
        Optional<LocalDate> date = parts.toDate();
        if (date.isEmpty()) {
            errors.date(field, "Enter a real date, or leave it blank");
            return Optional.empty();
        }
        return Optional.of(date);
    }
}
