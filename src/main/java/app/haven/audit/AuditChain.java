package app.haven.audit;

import app.haven.platform.KeyRing;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to the hash chain. Appends are serialised by a transaction-scoped advisory lock, taken in
 * the caller's transaction and held until it ends, so two transactions can never both link to the same
 * previous entry and fork the chain. The cost is that auditing transactions commit one at a time from the
 * moment they audit; audit entries are written last-ish and transactions are short, so that is acceptable.
 */
@Repository
class AuditChain {

    /** Any fixed number works; this one is only ever used for the audit chain. */
    static final long LOCK_KEY = 0x4156_4454_4348_4149L;

    private final JdbcClient jdbc;
    private final ChainKeys keys;

    AuditChain(JdbcClient jdbc, ChainKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    /**
     * A new entry without its id, which the chain assigns.
     */
    record NewEntry(
            Instant occurredAt,
            Long userId,
            Long agencyId,
            AuditAction action,
            String subjectType,
            Long subjectId,
            Long childId,
            String reason,
            String requestId,
            String clientAddress) {}

    /** Appends the entry in the caller's transaction (or a new one) and returns its id. */
    @Transactional(propagation = Propagation.REQUIRED)
    long append(NewEntry entry) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)")
                .param("key", LOCK_KEY)
                .query()
                .listOfRows();
        // Read after taking the lock: under READ COMMITTED this statement sees every entry committed before.
        String previousHash = jdbc.sql("SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1")
                .query(String.class)
                .optional()
                .orElse(ChainHash.GENESIS);
        long id = jdbc.sql("SELECT nextval(pg_get_serial_sequence('audit_event', 'id'))")
                .query(Long.class)
                .single();
        AuditEntry content = new AuditEntry(
                id,
                entry.occurredAt(),
                entry.userId(),
                entry.agencyId(),
                entry.action().code(),
                entry.subjectType(),
                entry.subjectId(),
                entry.childId(),
                entry.reason(),
                entry.requestId(),
                entry.clientAddress());
        KeyRing.Key key = keys.ring().current();
        insert(content, previousHash, ChainHash.keyed(content, previousHash, key), key.id());
        return id;
    }

    private void insert(AuditEntry e, String previousHash, String hash, String keyId) {
        jdbc.sql("""
                        INSERT INTO audit_event (id, occurred_at, user_id, agency_id, action, subject_type, subject_id,
                                                 child_id, reason, request_id, client_address, previous_hash, hash,
                                                 key_id)
                        OVERRIDING SYSTEM VALUE
                        VALUES (:id, :occurredAt, :userId, :agencyId, :action, :subjectType, :subjectId,
                                :childId, :reason, :requestId, :clientAddress, :previousHash, :hash, :keyId)
                        """)
                .param("id", e.id())
                .param("occurredAt", OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC))
                .param("userId", e.userId(), java.sql.Types.BIGINT)
                .param("agencyId", e.agencyId(), java.sql.Types.BIGINT)
                .param("action", e.action())
                .param("subjectType", e.subjectType())
                .param("subjectId", e.subjectId(), java.sql.Types.BIGINT)
                .param("childId", e.childId(), java.sql.Types.BIGINT)
                .param("reason", e.reason(), java.sql.Types.VARCHAR)
                .param("requestId", e.requestId(), java.sql.Types.VARCHAR)
                .param("clientAddress", e.clientAddress(), java.sql.Types.VARCHAR)
                .param("previousHash", previousHash)
                .param("hash", hash)
                .param("keyId", keyId)
                .update();
    }
}
