package app.haven.referrals;

import java.time.Instant;

/** The police responded to a disclosure passed to them (an investigation, no further action with a reason, …). */
public record PoliceResponseRecorded(
        long disclosureId,
        long childId,
        String response,
        String responseLabel,
        Instant occurredAt,
        long userId,
        long agencyId)
        implements ReferralsTimelineEvent {

    @Override
    public String eventType() {
        return "referrals.police-response";
    }

    @Override
    public String eventTypeLabel() {
        return "Police response to a disclosure";
    }

    @Override
    public String summary() {
        return "Police response to a disclosure: " + responseLabel;
    }

    @Override
    public String path() {
        return "/disclosures/" + disclosureId;
    }
}
