package app.haven.referrals;

import java.time.LocalDate;
import java.util.Optional;

/** One referral on a receiving agency's queue or a worker's caseload, with what the referral shares. */
public record QueueRow(
        long id,
        String childName,
        String fromAgency,
        String reasons,
        boolean urgent,
        ReferralStatus status,
        Optional<LocalDate> dueOn,
        Optional<String> worker,
        int sessions,
        Optional<LocalDate> lastSession,
        boolean overdue) {}
