package app.haven.audit;

import app.haven.platform.KeyRing;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to the hash chain. Appends are serialised by a transaction-scoped advisory lock, taken in
 * the caller's transaction and held until it ends, so two transactions can never both link to the same
 * previous entry and fork the chain. The cost is that auditing transactions commit one at a time from the
 * moment they audit; audit entries are written last-ish and transactions are short, so that is acceptable. Entries
 * with no transaction of their own (pages that only read) are written in groups by {@link AuditGroupCommit}, so a
 * busy node takes the lock and flushes a commit once per group rather than once per page.
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
        return appendAll(List.of(entry)).get(0);
    }

    /**
     * Appends the entries, in order, in the caller's transaction (or a new one) under one take of the lock, and
     * returns their ids: a group of entries costs one lock and one commit rather than one each (see
     * {@link AuditGroupCommit}).
     */
    @Transactional(propagation = Propagation.REQUIRED)
    List<Long> appendAll(List<NewEntry> entries) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)")
                .param("key", LOCK_KEY)
                .query()
                .listOfRows();
        // Read after taking the lock: under READ COMMITTED this statement sees every entry committed before. The ids
        // are drawn after it too, so the chain's order is the order of its ids.
        String previousHash = jdbc.sql("SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1")
                .query(String.class)
                .optional()
                .orElse(ChainHash.GENESIS);
        List<Long> ids = new ArrayList<>(
                jdbc.sql("SELECT nextval(pg_get_serial_sequence('audit_event', 'id')) FROM generate_series(1, :n)")
                        .param("n", entries.size())
                        .query(Long.class)
                        .list());
        Collections.sort(ids);
        KeyRing.Key key = keys.ring().current();
        for (int i = 0; i < entries.size(); i++) {
            NewEntry entry = entries.get(i);
            AuditEntry content = new AuditEntry(
                    ids.get(i),
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
            String hash = ChainHash.keyed(content, previousHash, key);
            insert(content, previousHash, hash, key.id());
            previousHash = hash;
        }
        return ids;
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
