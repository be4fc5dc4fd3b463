package app.haven.people;

import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Personal details as typed, with the version of the record the form was opened on, so a change made meanwhile
 * by someone else is noticed rather than overwritten.
 */
public record DetailsForm(
        String givenNames,
        String familyName,
        DateParts dateOfBirth,
        String dateOfBirthEstimated,
        String sex,
        String genderIdentity,
        String ethnicity,
        String firstLanguage,
        String interpreterNeeded,
        String areaId,
        String educationSetting,
        String sendStatus,
        String learningDisability,
        String disability,
        String lookedAfterStatus,
        String placementType,
        String placementDetail,
        String version) {

    public DetailsForm {
        givenNames = clean(givenNames);
        familyName = clean(familyName);
        dateOfBirth = dateOfBirth == null ? DateParts.empty() : dateOfBirth;
        dateOfBirthEstimated = clean(dateOfBirthEstimated);
        sex = clean(sex);
        genderIdentity = clean(genderIdentity);
        ethnicity = clean(ethnicity);
        firstLanguage = clean(firstLanguage);
        interpreterNeeded = clean(interpreterNeeded);
        areaId = clean(areaId);
        educationSetting = clean(educationSetting);
        sendStatus = clean(sendStatus);
        learningDisability = clean(learningDisability);
        disability = clean(disability);
        lookedAfterStatus = clean(lookedAfterStatus);
        placementType = clean(placementType);
        placementDetail = clean(placementDetail);
        version = clean(version);
    }

    static DetailsForm of(PersonDetails.Details d, String legalGiven, String legalFamily) {
        return new DetailsForm(
                legalGiven,
                legalFamily,
                d.dateOfBirth().map(DateParts::of).orElse(DateParts.empty()),
                d.dateOfBirthEstimated() ? "yes" : "",
                d.sex().name(),
                d.genderIdentity().orElse(""),
                d.ethnicityCode().orElse(""),
                d.firstLanguage().orElse(""),
                d.interpreterNeeded() ? "yes" : "",
                d.areaId().map(String::valueOf).orElse(""),
                d.educationSetting().orElse(""),
                d.sendStatus(),
                d.learningDisability() ? "yes" : "",
                d.disability().orElse(""),
                d.lookedAfterStatus(),
                d.placementType().orElse(""),
                d.placementDetail().orElse(""),
                String.valueOf(d.version()));
    }

    FormErrors validate(LocalDate today, List<String> ethnicities) {
        FormErrors.Builder errors = FormErrors.builder();
        PersonForm.name(errors, "givenNames", givenNames, "Enter their given names", "Given names");
        PersonForm.name(errors, "familyName", familyName, "Enter their family name", "Family name");
        PersonDates.checkBirth(errors, "dateOfBirth", dateOfBirth, today);
        if (!List.of("FEMALE", "MALE", "NOT_KNOWN").contains(sex)) {
            errors.field("sex", "Select their sex, or ‘Not known’");
        }
        length(errors, "genderIdentity", genderIdentity, "Gender identity", 60);
        if (!ethnicity.isEmpty() && !ethnicities.contains(ethnicity)) {
            errors.field("ethnicity", "Select an ethnic group from the list");
        }
        length(errors, "firstLanguage", firstLanguage, "First language", 60);
        if (!areaId.isEmpty() && !areaId.matches("\\d{1,12}")) {
            errors.field("areaId", "Select an area from the list");
        }
        length(errors, "educationSetting", educationSetting, "Education setting", 160);
        choice(errors, "sendStatus", sendStatus, PersonChoices.SEND, "Select their special educational needs");
        length(errors, "disability", disability, "Disability", 500);
        choice(
                errors,
                "lookedAfterStatus",
                lookedAfterStatus,
                PersonChoices.LOOKED_AFTER,
                "Select whether they are looked after");
        if (!placementType.isEmpty()) {
            choice(errors, "placementType", placementType, PersonChoices.PLACEMENT, "Select a placement from the list");
            if (!lookedAfterStatus.equals("LOOKED_AFTER")) {
                errors.field(
                        "placementType",
                        "Only a looked after child has a placement: clear it or choose ‘Looked after’");
            }
        }
        length(errors, "placementDetail", placementDetail, "Placement details", 300);
        if (!version.matches("\\d{1,9}")) {
            errors.form("The form was incomplete. Open the record and try again.");
        }
        return errors.build();
    }

    Optional<String> optional(String value) {
        return Optional.of(value).filter(v -> !v.isEmpty());
    }

    private static void choice(
            FormErrors.Builder errors,
            String field,
            String value,
            List<app.haven.platform.web.Option> options,
            String message) {
        if (options.stream().noneMatch(o -> o.value().equals(value))) {
            errors.field(field, message);
        }
    }

    private static void length(FormErrors.Builder errors, String field, String value, String label, int max) {
        if (value.length() > max) {
            errors.field(field, label + " must be " + max + " characters or fewer");
        } else if (value.chars().anyMatch(c -> c == '<' || c == '>')) {
            errors.field(field, label + " must not include < or >");
        }
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
