package app.haven.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One entry's content: everything the hash covers except the previous hash. Absent values are {@code null}
 * here because they are nullable columns; the entry never leaves the module.
 *
 * @param action the stored action code, kept as text so verification hashes exactly what is stored
 */
record AuditEntry(
        long id,
        Instant occurredAt,
        Long userId,
        Long agencyId,
        String action,
        String subjectType,
        Long subjectId,
        Long childId,
        String reason,
        String requestId,
        String clientAddress) {

    AuditEntry {
        // PostgreSQL keeps microseconds; hashing more precision than is stored would break verification.
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }
}
