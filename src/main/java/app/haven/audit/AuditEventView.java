package app.haven.audit;

import java.time.Instant;
import java.util.Optional;

/** One row of the audit search: an entry with the names of its user and agency where they are known. */
public record AuditEventView(
        long id,
        Instant occurredAt,
        Optional<Long> userId,
        Optional<String> userName,
        Optional<String> agencyName,
        String action,
        String subjectType,
        Optional<Long> subjectId,
        Optional<Long> childId,
        Optional<String> reason) {

    public String when() {
        return AuditTimes.format(occurredAt);
    }

    public String who() {
        return userName.map(name -> name + " (" + userId.orElseThrow() + ")")
                .or(() -> userId.map(id -> "User " + id))
                .orElse("Unknown account");
    }

    public String actionLabel() {
        return AuditAction.fromCode(action).map(AuditAction::label).orElse(action);
    }

    public String subject() {
        return subjectType + subjectId.map(id -> " " + id).orElse("");
    }
}
