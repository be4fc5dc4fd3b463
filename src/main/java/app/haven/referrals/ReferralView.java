package app.haven.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A referral as its reader may see it. {@code full} is whether the reader may open the child's record; a receiving
 * agency that has not accepted sees only what the referral shares (this view), never the rest of the record.
 * {@code redirectedFromId} names the referral this one was redirected from; {@code redirectedAsId} the new referral
 * this one became when it was redirected.
 */
public record ReferralView(
        long id,
        long childId,
        long areaId,
        String areaName,
        long fromAgencyId,
        String fromAgency,
        String fromUser,
        long toAgencyId,
        String toAgency,
        String urgency,
        String concern,
        List<String> reasons,
        Optional<Consent> consent,
        Optional<String> lawfulBasis,
        Optional<String> sharingReason,
        ReferralStatus status,
        Instant createdAt,
        Optional<Instant> sentAt,
        Optional<LocalDate> decisionDueOn,
        Optional<String> declineReason,
        Optional<String> redirectedTo,
        Optional<String> redirectReason,
        Optional<Long> redirectedFromId,
        Optional<Long> redirectedAsId,
        Optional<Long> workerId,
        Optional<String> worker,
        Optional<String> bandAtStart,
        Optional<String> bandAtClose,
        Optional<Outcome> outcome,
        Optional<String> closureNote,
        int version,
        boolean full) {

    public boolean urgent() {
        return "URGENT".equals(urgency);
    }

    /** Whether the decision is late on this day (a sent referral past its due date). */
    public boolean overdueOn(LocalDate today) {
        return status == ReferralStatus.SENT
                && decisionDueOn.map(today::isAfter).orElse(false);
    }
}
