package app.haven.people;

import app.haven.people.matching.IdentifierCheck;
import app.haven.people.matching.IdentifierType;
import app.haven.platform.web.FormErrors;
import java.util.Arrays;
import java.util.Optional;

/** Adding an identifier: its type and value, checked (NHS number check digit, UPN check letter). */
public record IdentifierForm(String type, String value) {

    public IdentifierForm {
        type = type == null ? "" : type.strip();
        value = value == null ? "" : value.strip();
    }

    Optional<IdentifierType> identifierType() {
        return Arrays.stream(IdentifierType.values())
                .filter(t -> t.name().equals(type))
                .findFirst();
    }

    FormErrors validate() {
        FormErrors.Builder errors = FormErrors.builder();
        Optional<IdentifierType> chosen = identifierType();
        if (chosen.isEmpty()) {
            errors.field("type", "Select the type of identifier");
        } else if (value.isEmpty()) {
            errors.field("value", "Enter the " + chosen.get().label());
        } else if (chosen.get().check(value) instanceof IdentifierCheck.Invalid invalid) {
            errors.field("value", invalid.message());
        }
        return errors.build();
    }

    String normalised() {
        return identifierType()
                .map(t -> t.check(value))
                .filter(IdentifierCheck.Valid.class::isInstance)
                .map(c -> ((IdentifierCheck.Valid) c).normalised())
                .orElseThrow();
    }
}
