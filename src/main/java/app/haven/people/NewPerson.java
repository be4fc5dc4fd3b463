package app.haven.people;

import app.haven.people.matching.IdentifierType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A checked request to record a person: names, date of birth, sex, area and any identifiers (already validated
 * and normalised), and, when the duplicate check showed likely matches, why a new record is still right. For a
 * child, additional needs: special educational needs and a learning disability. School or setting and the postcode
 * where they live now, when known, are kept and tell the child apart from namesakes in the duplicate check; a
 * postcode alone is recorded as a current address known only by its postcode. A parent's or carer's name is used
 * only by the duplicate check and is not saved: a parent is kept as an adult's record linked by a relationship.
 */
record NewPerson(
        PersonKind kind,
        String givenNames,
        String familyName,
        Optional<String> preferredGivenNames,
        Optional<LocalDate> dateOfBirth,
        boolean dateOfBirthEstimated,
        Sex sex,
        Optional<Long> areaId,
        Map<IdentifierType, String> identifiers,
        Optional<String> newRecordReason,
        List<Long> matchesShown,
        String sendStatus,
        boolean learningDisability,
        Optional<String> school,
        Optional<String> postcode,
        Optional<String> parentName) {}
