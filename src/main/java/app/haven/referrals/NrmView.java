package app.haven.referrals;

import java.time.LocalDate;
import java.util.Optional;

/** A National Referral Mechanism referral as a page shows it. */
public record NrmView(
        long id,
        long childId,
        String firstResponder,
        String firstResponderAgency,
        String exploitation,
        LocalDate submittedOn,
        LocalDate reasonableDueOn,
        Optional<LocalDate> reasonableOn,
        Optional<String> reasonableOutcome,
        Optional<LocalDate> conclusiveDueOn,
        Optional<LocalDate> conclusiveOn,
        Optional<String> conclusiveOutcome,
        Optional<String> supportOffered,
        int version) {

    /** The decision awaited and overdue on this day, if any: "reasonable grounds" or "conclusive grounds". */
    public Optional<String> overdueOn(LocalDate today) {
        if (reasonableOn.isEmpty()) {
            return today.isAfter(reasonableDueOn) ? Optional.of("reasonable grounds") : Optional.empty();
        }
        if (conclusiveDueOn.isPresent() && conclusiveOn.isEmpty() && today.isAfter(conclusiveDueOn.get())) {
            return Optional.of("conclusive grounds");
        }
        return Optional.empty();
    }
}
