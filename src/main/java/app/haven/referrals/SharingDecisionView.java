package app.haven.referrals;

import java.time.Instant;
import java.util.Optional;

/** One entry of the information-sharing log as a page shows it. */
public record SharingDecisionView(
        long id,
        long childId,
        String area,
        boolean shared,
        String what,
        String withWhom,
        Consent consent,
        Optional<String> lawfulBasis,
        Optional<String> reason,
        String decidedBy,
        String decidedAgency,
        Instant decidedAt) {}
