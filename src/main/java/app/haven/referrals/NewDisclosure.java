package app.haven.referrals;

import java.time.Instant;
import java.util.Optional;

/** A disclosure as checked from its form (or from a return home interview's disclosure section). */
record NewDisclosure(
        String disclosedBy,
        String disclosedTo,
        Instant disclosedAt,
        Optional<String> place,
        String words,
        boolean verbatim,
        Optional<Long> aboutPerson,
        Optional<String> aboutDescription,
        String kind,
        Optional<PassedToPolice> police) {

    /** When, by whom and under what reference the disclosure was passed to the police. */
    record PassedToPolice(Instant at, String by, Optional<String> reference) {}
}
