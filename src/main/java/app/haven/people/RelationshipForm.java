package app.haven.people;

import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/** A relationship to a person chosen from the search results on the same page. */
public record RelationshipForm(String relatedId, String type, DateParts from, String note) {

    static final int MAX_NOTE = 500;

    public RelationshipForm {
        relatedId = relatedId == null ? "" : relatedId.strip();
        type = type == null ? "" : type.strip();
        from = from == null ? DateParts.empty() : from;
        note = note == null ? "" : note.strip();
    }

    static RelationshipForm empty() {
        return new RelationshipForm("", "", DateParts.empty(), "");
    }

    Optional<RelationshipType> relationshipType() {
        return Arrays.stream(RelationshipType.values())
                .filter(t -> t.name().equals(type))
                .findFirst();
    }

    Optional<Long> related() {
        return relatedId.matches("\\d{1,18}") ? Optional.of(Long.parseLong(relatedId)) : Optional.empty();
    }

    FormErrors validate(LocalDate today, long personId) {
        FormErrors.Builder errors = FormErrors.builder();
        if (related().isEmpty()) {
            errors.field("relatedId", "Select the person, or search for them first");
        } else if (related().get() == personId) {
            errors.field("relatedId", "Select someone other than this person");
        }
        if (relationshipType().isEmpty()) {
            errors.field("type", "Select how they are related");
        }
        PersonDates.checkPast(errors, "from", "Date the relationship began", from, today);
        if (note.length() > MAX_NOTE) {
            errors.field("note", "Note must be " + MAX_NOTE + " characters or fewer");
        }
        return errors.build();
    }
}
