package app.haven.meetings;

import app.haven.platform.ChildTimelineEvent;
import java.time.Instant;
import java.util.Optional;

/** A strategy discussion about a child was held and its decision recorded. */
public record StrategyDiscussionHeld(
        long discussionId,
        long childId,
        boolean section47,
        String agencies,
        Instant occurredAt,
        long userId,
        long agencyId)
        implements ChildTimelineEvent {

    @Override
    public String eventType() {
        return "meetings.strategy-discussion";
    }

    @Override
    public String eventTypeLabel() {
        return "Strategy discussion";
    }

    @Override
    public String summary() {
        return "Strategy discussion held (" + agencies + "): "
                + (section47 ? "a section 47 enquiry will be made" : "no section 47 enquiry");
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
        return true;
    }

    @Override
    public Optional<String> link() {
        return Optional.of("/strategy-discussions/" + discussionId);
    }
}
