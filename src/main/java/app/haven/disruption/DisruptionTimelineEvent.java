package app.haven.disruption;

import app.haven.platform.ChildTimelineEvent;
import java.time.Instant;
import java.util.Optional;

/** A disruption or prosecution event on a linked child's chronology: a measure issued, a breach, a charge, an outcome. */
public record DisruptionTimelineEvent(
        long childId,
        Instant occurredAt,
        String eventType,
        String eventTypeLabel,
        String summary,
        Optional<Long> recordedByUser,
        Optional<Long> recordedByAgency,
        boolean significant,
        Optional<String> link)
        implements ChildTimelineEvent {}
