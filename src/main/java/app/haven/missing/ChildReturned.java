package app.haven.missing;

import java.time.Instant;

/** A missing episode ended: the child returned or was found. The return home interview is now due. */
public record ChildReturned(
        long episodeId,
        long childId,
        long areaId,
        Instant occurredAt,
        Instant interviewDueAt,
        long userId,
        long agencyId)
        implements MissingTimelineEvent {

    @Override
    public String eventType() {
        return "missing.returned";
    }

    @Override
    public String eventTypeLabel() {
        return "Returned from missing";
    }

    @Override
    public String summary() {
        return "Returned from a missing episode; return home interview due by " + MissingDates.format(interviewDueAt);
    }
}
