package app.haven.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * What an administrator searches the log for; every filter is optional.
 *
 * @param from entries at or after this instant
 * @param to entries before this instant
 */
record AuditSearch(
        Optional<Long> userId,
        Optional<AuditAction> action,
        Optional<Long> childId,
        Optional<Instant> from,
        Optional<Instant> to) {}
