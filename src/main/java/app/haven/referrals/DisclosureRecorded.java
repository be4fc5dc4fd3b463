package app.haven.referrals;

import java.time.Instant;
import java.util.Optional;

/**
 * A child's disclosure was recorded: a significant event on the chronology, and the strategy's count of disclosures
 * made during support.
 *
 * @param aboutPersonId the person record the disclosure is about, where one was chosen
 * @param aboutDescription whom it is about, as described (personal data: for the intelligence module's proposals)
 * @param kind the kind's code ({@code disclosure_kind})
 * @param fromInterview whether it came from a return home interview's disclosure section
 */
public record DisclosureRecorded(
        long disclosureId,
        long childId,
        long areaId,
        Optional<Long> aboutPersonId,
        Optional<String> aboutDescription,
        String kind,
        boolean passedToPolice,
        boolean fromInterview,
        Instant occurredAt,
        long userId,
        long agencyId)
        implements ReferralsTimelineEvent {

    @Override
    public String eventType() {
        return "referrals.disclosure";
    }

    @Override
    public String eventTypeLabel() {
        return "Disclosure";
    }

    @Override
    public String summary() {
        return "Disclosure recorded" + (fromInterview ? " from a return home interview" : "")
                + (passedToPolice ? "; passed to the police" : "");
    }

    @Override
    public boolean significant() {
        return true;
    }

    @Override
    public String path() {
        return "/disclosures/" + disclosureId;
    }
}
