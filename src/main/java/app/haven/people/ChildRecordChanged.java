package app.haven.people;

import app.haven.platform.ChildTimelineEvent;
import java.time.Instant;
import java.util.Optional;

/**
 * A child's record was created or changed: published in the same transaction as the change, so the chronology
 * (and later modules) never miss one. Adults' records publish nothing on their own; a relationship with a child
 * publishes on the child's timeline.
 */
public record ChildRecordChanged(
        long childId, Change change, String summary, Instant occurredAt, long userId, long agencyId)
        implements ChildTimelineEvent {

    /** What changed; the code and label are what the chronology stores and filters on. */
    public enum Change {
        CREATED("people.record-created", "Record created", true),
        DETAILS_CHANGED("people.details-changed", "Details changed", false),
        NAME_CHANGED("people.name-changed", "Name changed", false),
        IDENTIFIER_CHANGED("people.identifier-changed", "Identifier changed", false),
        ADDRESS_CHANGED("people.address-changed", "Address changed", false),
        RELATIONSHIP_CHANGED("people.relationship-changed", "Relationship changed", false),
        MERGED("people.records-merged", "Records merged", true),
        UNMERGED("people.records-unmerged", "Merge undone", true);

        private final String code;
        private final String label;
        private final boolean significant;

        Change(String code, String label, boolean significant) {
            this.code = code;
            this.label = label;
            this.significant = significant;
        }
    }

    @Override
    public String eventType() {
        return change.code;
    }

    @Override
    public String eventTypeLabel() {
        return change.label;
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
        return change.significant;
    }

    @Override
    public Optional<String> link() {
        return Optional.of("/children/" + childId);
    }
}
