package app.haven.cases;

import app.haven.platform.ChildTimelineEvent;
import java.time.Instant;
import java.util.Optional;

/**
 * Another step in a case for the chronology: the team around the child changed, the plan changed, a review was
 * held, closure was asked for, the case file was audited, the planning meeting was held.
 */
public record CaseStepRecorded(
        long caseId,
        long childId,
        String eventType,
        String eventTypeLabel,
        String summary,
        boolean significant,
        Instant occurredAt,
        long userId,
        long agencyId)
        implements ChildTimelineEvent {

    @Override
    public Optional<Long> recordedByUser() {
        return Optional.of(userId);
    }

    @Override
    public Optional<Long> recordedByAgency() {
        return Optional.of(agencyId);
    }

    @Override
    public Optional<String> link() {
        return Optional.of("/cases/" + caseId);
    }
}
