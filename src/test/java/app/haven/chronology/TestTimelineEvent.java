package app.haven.chronology;

import app.haven.platform.ChildTimelineEvent;
import java.time.Instant;
import java.util.Optional;

/** A timeline event any module might publish, with every field chosen by the test. */
record TestTimelineEvent(
        long childId,
        Instant occurredAt,
        String eventType,
        String eventTypeLabel,
        String summary,
        Optional<Long> recordedByUser,
        Optional<Long> recordedByAgency,
        boolean significant,
        Optional<String> link)
        implements ChildTimelineEvent {

    /** An ordinary event, recorded by nobody in particular, with no link. */
    static TestTimelineEvent of(long childId, String occurredAt, String type, String label, String summary) {
        return new TestTimelineEvent(
                childId,
                Instant.parse(occurredAt),
                type,
                label,
                summary,
                Optional.empty(),
                Optional.empty(),
                false,
                Optional.empty());
    }

    TestTimelineEvent by(long userId, long agencyId) {
        return new TestTimelineEvent(
                childId,
                occurredAt,
                eventType,
                eventTypeLabel,
                summary,
                Optional.of(userId),
                Optional.of(agencyId),
                significant,
                link);
    }

    TestTimelineEvent markedSignificant() {
        return new TestTimelineEvent(
                childId, occurredAt, eventType, eventTypeLabel, summary, recordedByUser, recordedByAgency, true, link);
    }

    TestTimelineEvent linkedTo(String path) {
        return new TestTimelineEvent(
                childId,
                occurredAt,
                eventType,
                eventTypeLabel,
                summary,
                recordedByUser,
                recordedByAgency,
                significant,
                Optional.of(path));
    }
}
