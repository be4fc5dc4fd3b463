package app.haven.meetings;

import app.haven.platform.ChildTimelineEvent;
import java.time.Instant;
import java.util.Optional;

/**
 * A meeting that discussed a child was held: the child's chronology shows the meeting and its decisions about them.
 * Published once per child when the meeting is closed as held.
 */
public record ChildDiscussed(
        long meetingId,
        long childId,
        String meetingLabel,
        String decisions,
        Instant occurredAt,
        long userId,
        long agencyId)
        implements ChildTimelineEvent {

    @Override
    public String eventType() {
        return "meetings.discussed";
    }

    @Override
    public String eventTypeLabel() {
        return "Discussed at a meeting";
    }

    @Override
    public String summary() {
        return "Discussed at the " + meetingLabel + (decisions.isBlank() ? "" : ". Decided: " + decisions);
    }

    @Override
    public Optional<Long> recordedByUser() {
        return Optional.of(userId);
    }

    @Override
    public Optional<Long> recordedByAgency() {
        return Optional.of(agencyId);
    }

    @Override
    public boolean significant() {
        return !decisions.isBlank();
    }

    @Override
    public Optional<String> link() {
        return Optional.of("/meetings/" + meetingId + "/minutes");
    }
}
