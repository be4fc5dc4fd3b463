package app.haven.audit;

import java.time.Instant;
import java.util.Optional;

/** One user's access to a child's record: how often, first and last, and whether through break-glass. */
public record RecordAccessSummary(
        long userId,
        Optional<String> userName,
        Optional<String> agencyName,
        Instant firstAt,
        Instant lastAt,
        long count,
        long breakGlassCount) {

    public String first() {
        return AuditTimes.format(firstAt);
    }

    public String last() {
        return AuditTimes.format(lastAt);
    }

    public String who() {
        return userName.orElse("User " + userId);
    }

    public boolean usedBreakGlass() {
        return breakGlassCount > 0;
    }
}
