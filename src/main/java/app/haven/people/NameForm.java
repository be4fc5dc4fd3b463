package app.haven.people;

import app.haven.platform.web.FormErrors;

/** Adding a name: which kind, and the name as the person (or an agency) uses it. */
public record NameForm(String type, String givenNames, String familyName) {

    public NameForm {
        type = type == null ? "" : type.strip();
        givenNames = givenNames == null ? "" : givenNames.strip();
        familyName = familyName == null ? "" : familyName.strip();
    }

    FormErrors validate() {
        FormErrors.Builder errors = FormErrors.builder();
        if (!type.equals("PREFERRED") && !type.equals("ALIAS") && !type.equals("PREVIOUS")) {
            errors.field("type", "Select the kind of name");
        }
        PersonForm.name(errors, "givenNames", givenNames, "Enter the given names", "Given names");
        PersonForm.name(errors, "familyName", familyName, "Enter the family name", "Family name");
        return errors.build();
    }
}
