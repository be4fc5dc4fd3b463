package app.haven.identity;

import java.time.Instant;

/** A break-glass grant as a reviewer sees it; {@code outcome}, {@code reviewerName} and {@code note} are null until reviewed. */
public record BreakGlassGrantView(
        long id,
        long userId,
        String userName,
        String agency,
        long childId,
        String reason,
        Instant grantedAt,
        Instant expiresAt,
        String outcome,
        String reviewerName,
        String note) {

    public boolean reviewed() {
        return outcome != null;
    }

    public boolean justified() {
        return "JUSTIFIED".equals(outcome);
    }
}
