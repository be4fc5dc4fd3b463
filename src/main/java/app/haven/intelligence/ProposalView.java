package app.haven.intelligence;

import java.time.Instant;

/** A proposed link as the analyst sees it: the child, what the evidence described, and where it came from. */
public record ProposalView(
        long id,
        long childId,
        String childName,
        String kind,
        String description,
        String evidence,
        String evidenceKind,
        long evidenceId,
        Instant proposedAt,
        int version) {

    /** What the evidence said, as a sentence start: "Place involved", "Person involved", "Where and with whom". */
    public String kindLabel() {
        return switch (kind) {
            case "PLACE" -> "Place involved";
            case "PERSON" -> "Person involved";
            default -> "Where and with whom";
        };
    }
}
