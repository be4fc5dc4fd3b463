package app.haven.disruption;

import java.time.LocalDate;
import java.util.Optional;

/** A measure as its form checked it: the children are still as typed, resolved in scope when it is saved. */
record NewMeasure(
        long subjectEntityId,
        String typeCode,
        Optional<Long> issuingAgency,
        LocalDate issuedOn,
        Optional<LocalDate> expiresOn,
        Optional<String> conditions,
        String children) {}
