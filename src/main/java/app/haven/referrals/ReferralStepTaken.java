package app.haven.referrals;

import java.time.Instant;
import java.util.Optional;

/** A receiving agency decided on a referral, or it was closed (with the outcome of the work, when there was work). */
public record ReferralStepTaken(
        long referralId,
        long childId,
        ReferralStatus.Step step,
        String agency,
        Optional<Outcome> outcome,
        Instant occurredAt,
        long userId,
        long agencyId)
        implements ReferralsTimelineEvent {

    @Override
    public String eventType() {
        return "referrals." + step.done();
    }

    @Override
    public String eventTypeLabel() {
        return "Referral " + step.done();
    }

    @Override
    public String summary() {
        return "Referral to " + agency + " " + step.done()
                + outcome.map(o -> ": " + o.label().toLowerCase()).orElse("");
    }

    @Override
    public String path() {
        return "/referrals/" + referralId;
    }
}
