package app.haven.missing;

import java.util.Optional;

/**
 * A person involved in an episode as the page shows them: the description recorded, and the linked person record
 * ({@code record} empty when none is linked; {@code hidden} when one is but the viewer may not open it).
 */
public record InvolvedPerson(long id, String description, Optional<Linked> record, boolean hidden) {

    /** The linked record's name, kind and page. */
    public record Linked(long personId, String name, String kind, String href) {}

    public boolean linked() {
        return record.isPresent() || hidden;
    }
}
