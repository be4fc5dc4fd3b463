package app.haven.cases;

import java.time.Instant;

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
        implements CaseTimelineEvent {}
