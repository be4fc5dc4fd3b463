package app.haven.missing;

import java.time.Instant;

/** A return home interview was recorded: held, declined or not possible, and whether it was within the deadline. */
public record ReturnInterviewCompleted(
        long interviewId,
        long episodeId,
        long childId,
        String outcomeLabel,
        boolean withinDeadline,
        boolean disclosureMade,
        Instant occurredAt,
        long userId,
        long agencyId)
        implements MissingTimelineEvent {

    @Override
    public String eventType() {
        return "missing.interview";
    }

    @Override
    public String eventTypeLabel() {
        return "Return home interview";
    }

    @Override
    public String summary() {
        return "Return home interview: " + outcomeLabel.toLowerCase(java.util.Locale.UK)
                + (withinDeadline ? " within 72 hours" : " after the 72-hour deadline")
                + (disclosureMade ? "; the child made a disclosure" : "");
    }

    @Override
    public boolean significant() {
        return disclosureMade;
    }
}
