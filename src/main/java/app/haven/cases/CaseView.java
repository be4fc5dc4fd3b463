package app.haven.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One case as its page shows it. */
public record CaseView(
        long id,
        long childId,
        long areaId,
        String area,
        boolean open,
        LocalDate openedOn,
        String openedBy,
        Optional<String> openingReason,
        Optional<Long> screeningId,
        long leadUserId,
        String lead,
        Optional<String> bandLabel,
        Optional<Integer> bandRank,
        Optional<LocalDate> lastScreenedOn,
        boolean childProtection,
        LocalDate nextReviewOn,
        LocalDate planningMeetingDueOn,
        Optional<LocalDate> planningMeetingHeldOn,
        Optional<LocalDate> closedOn,
        int version,
        List<String> models,
        List<String> cinFactors) {

    CaseRef ref() {
        return new CaseRef(id, childId, areaId, leadUserId);
    }

    public boolean reviewOverdue(LocalDate today) {
        return open && nextReviewOn.isBefore(today);
    }
}
