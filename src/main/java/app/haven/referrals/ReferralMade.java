package app.haven.referrals;

import java.time.Instant;
import java.util.List;

/**
 * A referral was sent to another agency: the chronology hears, and the partnership's measures count it by reason.
 *
 * @param reasons the reasons' codes ({@code referral_reason})
 * @param consent whether consent was given, refused or not sought
 */
public record ReferralMade(
        long referralId,
        long childId,
        long areaId,
        long toAgencyId,
        String toAgency,
        List<String> reasons,
        String urgency,
        Consent consent,
        Instant occurredAt,
        long userId,
        long agencyId)
        implements ReferralsTimelineEvent {

    @Override
    public String eventType() {
        return "referrals.made";
    }

    @Override
    public String eventTypeLabel() {
        return "Referral made";
    }

    @Override
    public String summary() {
        return ("URGENT".equals(urgency) ? "Urgent referral" : "Referral") + " to " + toAgency;
    }

    @Override
    public String path() {
        return "/referrals/" + referralId;
    }
}
