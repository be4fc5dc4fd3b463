package app.haven.platform;

import java.time.Instant;
import java.util.Optional;

/**
 * Something that happened in a child's life or to their record, which belongs on the child's multi-agency
 * chronology. Any module's event may implement it; the chronology listens for this type alone, so a new module
 * adds to the timeline without the chronology knowing it.
 */
public interface ChildTimelineEvent {

    /** The child whose timeline this joins. */
    long childId();

    /** When it happened (not when it was recorded, where those differ). */
    Instant occurredAt();

    /** A stable code for filtering, {@code module.what}, e.g. {@code people.identifier-changed}. */
    String eventType();

    /** What the filter shows for the code, e.g. "Identifier changed". */
    String eventTypeLabel();

    /** One line a practitioner reads on the timeline. Keep it factual and free of information not needed. */
    String summary();

    /** Who recorded it, when a user did. */
    Optional<Long> recordedByUser();

    /** The agency that recorded it, when known. */
    Optional<Long> recordedByAgency();

    /** Whether the chronology flags it as a significant event by default (practitioners can change the flag). */
    default boolean significant() {
        return false;
    }

    /** A path within Haven where the detail is, e.g. {@code /children/12}. */
    default Optional<String> link() {
        return Optional.empty();
    }
}
