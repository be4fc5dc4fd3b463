package app.haven.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A disclosure as a page shows it, with the police response tracking. */
public record DisclosureView(
        long id,
        long childId,
        long areaId,
        Optional<String> source,
        String disclosedBy,
        String disclosedTo,
        Instant disclosedAt,
        Optional<String> place,
        String words,
        boolean verbatim,
        Optional<Long> aboutPersonId,
        Optional<String> aboutDescription,
        String kind,
        Optional<Instant> passedAt,
        Optional<String> passedBy,
        Optional<String> policeReference,
        Optional<LocalDate> responseDueOn,
        Optional<String> response,
        Optional<LocalDate> responseOn,
        Optional<String> responseReason,
        String recordedBy,
        int version) {

    /** Whether the police response is late on this day: passed, none recorded, and past its due date. */
    public boolean responseOverdueOn(LocalDate today) {
        return response.isEmpty() && responseDueOn.map(today::isAfter).orElse(false);
    }
}
