package app.haven.referrals;

import java.time.Instant;
import java.util.Optional;

/**
 * A step of a National Referral Mechanism referral: submitted, or a reasonable- or conclusive-grounds decision (a
 * significant event on the chronology).
 *
 * @param stage {@code submitted}, {@code reasonable grounds} or {@code conclusive grounds}
 * @param outcome {@code positive} or {@code negative} for a decision
 */
public record NrmDecisionRecorded(
        long nrmId,
        long childId,
        String stage,
        Optional<String> outcome,
        Instant occurredAt,
        long userId,
        long agencyId)
        implements ReferralsTimelineEvent {

    @Override
    public String eventType() {
        return outcome.isPresent() ? "referrals.nrm-decision" : "referrals.nrm-submitted";
    }

    @Override
    public String eventTypeLabel() {
        return outcome.isPresent() ? "NRM decision" : "NRM referral";
    }

    @Override
    public String summary() {
        return outcome.map(o -> "NRM " + stage + " decision: " + o)
                .orElse("Referred to the National Referral Mechanism");
    }

    @Override
    public boolean significant() {
        return outcome.isPresent();
    }

    @Override
    public String path() {
        return "/nrm-referrals/" + nrmId;
    }
}
