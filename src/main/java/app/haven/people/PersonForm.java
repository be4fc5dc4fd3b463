package app.haven.people;

import app.haven.people.matching.IdentifierCheck;
import app.haven.people.matching.IdentifierType;
import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.HiddenCharacters;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "Record a new child or person" as typed. Kept as text so everything comes back on an error; carried through
 * the duplicate warning in hidden fields so nothing is retyped.
 */
public record PersonForm(
        String kind,
        String givenNames,
        String familyName,
        String preferredName,
        DateParts dateOfBirth,
        String dateOfBirthEstimated,
        String sex,
        String areaId,
        String nhsNumber,
        String upn,
        String policeId,
        String councilId,
        String newRecordReason,
        String sendStatus,
        String learningDisability,
        String school,
        String postcode,
        String parentName) {

    static final int MAX_NAME = 100;
    static final int MAX_REASON = 1000;
    static final int MAX_SCHOOL = 160;
    /** Letters in any script, spaces, hyphens, apostrophes and full stops: enough for real names, nothing else. */
    static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'’-]*");

    public PersonForm {
        kind = clean(kind);
        givenNames = clean(givenNames);
        familyName = clean(familyName);
        preferredName = clean(preferredName);
        dateOfBirth = dateOfBirth == null ? DateParts.empty() : dateOfBirth;
        dateOfBirthEstimated = clean(dateOfBirthEstimated);
        sex = clean(sex);
        areaId = clean(areaId);
        nhsNumber = clean(nhsNumber);
        upn = clean(upn);
        policeId = clean(policeId);
        councilId = clean(councilId);
        newRecordReason = newRecordReason == null ? "" : newRecordReason.strip();
        sendStatus = clean(sendStatus);
        learningDisability = clean(learningDisability);
        school = clean(school);
        postcode = clean(postcode);
        parentName = clean(parentName);
    }

    static PersonForm empty() {
        return new PersonForm("", "", "", "", DateParts.empty(), "", "", "", "", "", "", "", "", "", "", "", "", "");
    }

    FormErrors validate(LocalDate today) {
        FormErrors.Builder errors = FormErrors.builder();
        if (!kind.equals("CHILD") && !kind.equals("ADULT")) {
            errors.field("kind", "Select whether this is a child or an adult");
        }
        name(errors, "givenNames", givenNames, "Enter their given names", "Given names");
        name(errors, "familyName", familyName, "Enter their family name", "Family name");
        if (!preferredName.isEmpty()) {
            name(errors, "preferredName", preferredName, "", "Preferred name");
        }
        PersonDates.checkBirth(errors, "dateOfBirth", dateOfBirth, today);
        if (!dateOfBirthEstimated.isEmpty() && dateOfBirth.isBlank()) {
            errors.date("dateOfBirth", "Enter an estimated date of birth, or untick ‘This date is an estimate’");
        }
        if (sex.isEmpty() || !List.of("FEMALE", "MALE", "NOT_KNOWN").contains(sex)) {
            errors.field("sex", "Select their sex, or ‘Not known’");
        }
        if (!areaId.isEmpty() && !areaId.matches("\\d{1,12}")) {
            errors.field("areaId", "Select an area from the list");
        }
        for (Map.Entry<IdentifierType, String> entry : typedIdentifiers().entrySet()) {
            if (entry.getKey().check(entry.getValue()) instanceof IdentifierCheck.Invalid invalid) {
                errors.field(field(entry.getKey()), invalid.message());
            }
        }
        // Additional needs are asked of a child at once: a learning disability means the screening tool never bands
        // the child low, and additional needs bring a planned hand-over to adult services.
        if (!sendStatus.isEmpty()
                && PersonChoices.SEND.stream().noneMatch(o -> o.value().equals(sendStatus))) {
            errors.field("sendStatus", "Select their special educational needs, or ‘Not known’");
        }
        if (!learningDisability.isEmpty() && !learningDisability.equals("yes")) {
            errors.field("learningDisability", "Tick the box only if they have a learning disability");
        }
        // School and postcode are asked for because they tell a child from namesakes (ADR 0006).
        if (school.length() > MAX_SCHOOL) {
            errors.field("school", "School or setting must be " + MAX_SCHOOL + " characters or fewer");
        } else if (HiddenCharacters.present(school)) {
            errors.field("school", HiddenCharacters.problem("School or setting"));
        } else if (!AddressForm.TEXT.matcher(school).matches()) {
            errors.field("school", "School or setting must only include letters, numbers, spaces and , . ' / & ( ) -");
        }
        if (!postcode.isEmpty() && normalisedPostcode().isEmpty()) {
            errors.field("postcode", "Enter a real postcode, like CH1 2AB");
        }
        // A parent's or carer's name is used only by the duplicate check: it is not saved (ADR 0006).
        if (!parentName.isEmpty()) {
            name(errors, "parentName", parentName, "", "Parent’s or carer’s name");
        }
        if (newRecordReason.length() > MAX_REASON) {
            errors.field("newRecordReason", "Reason must be " + MAX_REASON + " characters or fewer");
        }
        return errors.build();
    }

    /** The checked request; call only when {@link #validate} found nothing. */
    NewPerson toNewPerson(List<Long> matchesShown) {
        Map<IdentifierType, String> identifiers = new EnumMap<>(IdentifierType.class);
        typedIdentifiers().forEach((type, value) -> {
            if (type.check(value) instanceof IdentifierCheck.Valid valid) {
                identifiers.put(type, valid.normalised());
            }
        });
        return new NewPerson(
                PersonKind.valueOf(kind),
                givenNames,
                familyName,
                Optional.of(preferredName).filter(p -> !p.isEmpty()),
                dateOfBirth.toDate(),
                !dateOfBirthEstimated.isEmpty(),
                Sex.valueOf(sex),
                Optional.of(areaId).filter(a -> !a.isEmpty()).map(Long::valueOf),
                identifiers,
                Optional.of(newRecordReason).filter(r -> !r.isEmpty()),
                matchesShown,
                kind.equals("CHILD") && !sendStatus.isEmpty() ? sendStatus : "NOT_KNOWN",
                kind.equals("CHILD") && learningDisability.equals("yes"),
                Optional.of(school).filter(v -> !v.isEmpty()),
                normalisedPostcode(),
                Optional.of(parentName).filter(v -> !v.isEmpty()));
    }

    /** The postcode in its usual form (upper case, one space), or empty when none or not a postcode. */
    Optional<String> normalisedPostcode() {
        return new AddressForm("", "", "", postcode, null, null).normalisedPostcode();
    }

    /** The identifier boxes that were filled in. */
    Map<IdentifierType, String> typedIdentifiers() {
        Map<IdentifierType, String> typed = new EnumMap<>(IdentifierType.class);
        putIfTyped(typed, IdentifierType.NHS_NUMBER, nhsNumber);
        putIfTyped(typed, IdentifierType.UPN, upn);
        putIfTyped(typed, IdentifierType.POLICE_ID, policeId);
        putIfTyped(typed, IdentifierType.COUNCIL_ID, councilId);
        return typed;
    }

    static String field(IdentifierType type) {
        return switch (type) {
            case NHS_NUMBER -> "nhsNumber";
            case UPN -> "upn";
            case POLICE_ID -> "policeId";
            case COUNCIL_ID -> "councilId";
        };
    }

    static void name(FormErrors.Builder errors, String field, String value, String missing, String label) {
        if (value.isEmpty()) {
            errors.field(field, missing);
        } else if (value.length() > MAX_NAME) {
            errors.field(field, label + " must be " + MAX_NAME + " characters or fewer");
        } else if (HiddenCharacters.present(value)) {
            errors.field(field, HiddenCharacters.problem(label));
        } else if (!NAME.matcher(value).matches()) {
            errors.field(field, label + " must only include letters, spaces, hyphens, apostrophes and full stops");
        }
    }

    private static void putIfTyped(Map<IdentifierType, String> typed, IdentifierType type, String value) {
        if (!value.isEmpty()) {
            typed.put(type, value);
        }
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
