package app.haven.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An item on a meeting's agenda as a reader may see it. A child's item the reader may not open is {@code hidden}:
 * it carries no name, notes, decisions or band, only that it is there. {@code entityId} is the person of concern or
 * place in the intelligence network the item is about, present only for a reader who may see that entity.
 */
public record AgendaItemView(
        long id,
        long meetingId,
        int position,
        String kind,
        Optional<Long> childId,
        boolean hidden,
        String heading,
        List<String> reasons,
        String notes,
        Optional<String> notesBy,
        Optional<Instant> notesAt,
        Optional<String> bandAgreed,
        List<String> decisions,
        int version,
        Optional<Long> entityId) {

    public String kindLabel() {
        return switch (kind) {
            case "CHILD" -> "Child";
            case "PLACE" -> "Place";
            case "PERSON" -> "Person of concern";
            default -> "Theme";
        };
    }

    /** The page of what the item is about: the person of concern's or place's record in the network. */
    public Optional<String> entityLink() {
        return entityId.map(id -> "/intelligence/entities/" + id);
    }

    public String reasonsText() {
        return String.join("; ", reasons);
    }
}
