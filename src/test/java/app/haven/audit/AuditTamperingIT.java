package app.haven.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.audit.ChainVerification.Problem;
import app.haven.platform.database.DatabaseInsider;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An insider with the database administrator's login (the cluster's superuser, who can switch the triggers
 * off) tries every way of rewriting the audit log; the verifier, holding the chain key and the heads published
 * outside the database, catches each. Every test puts the log back exactly as it was.
 */
@SpringBootTest(properties = "haven.audit.head-interval=1h")
class AuditTamperingIT {

    static final long CHILD = 9300;
    static final long OTHER_CHILD = 9301;
    static final long WATCHER = 612;

    @Autowired
    AuditLog auditLog;

    @Autowired
    ChainVerifier verifier;

    @Autowired
    ChainHeadPublisher publisher;

    @Autowired
    ChainKeys keys;

    @Autowired
    JdbcClient jdbc;

    JdbcClient insider;

    @BeforeEach
    void writeEntriesAndPublishTheHead() {
        insider = DatabaseInsider.superuser(jdbc);
        for (int i = 0; i < 3; i++) {
            view(611, CHILD);
            view(WATCHER, OTHER_CHILD);
        }
        assertThat(publisher.publish()).as("a head is published").isPresent();
        assertThat(verifier.verify().isIntact()).isTrue();
        insider.sql("DROP TABLE IF EXISTS audit_snapshot").update();
        insider.sql("CREATE TABLE audit_snapshot AS SELECT * FROM audit_event").update();
    }

    @AfterEach
    void putTheLogBack() {
        SecurityContextHolder.clearContext();
        bypassingTriggers(
                "DELETE FROM audit_event",
                "INSERT INTO audit_event OVERRIDING SYSTEM VALUE SELECT * FROM audit_snapshot");
        insider.sql("DROP TABLE audit_snapshot").update();
        assertThat(verifier.verify().isIntact()).as("the log was put back").isTrue();
    }

    @Test
    void deletingTheNewestEntriesIsCaughtByThePublishedHead() {
        bypassingTriggers("DELETE FROM audit_event WHERE id > (SELECT max(id) - 2 FROM audit_event)");

        assertBroken(Problem.ENTRIES_MISSING);
    }

    @Test
    void deletingEveryEntryIsCaughtByThePublishedHead() {
        bypassingTriggers("DELETE FROM audit_event");

        ChainVerification result = assertBroken(Problem.ENTRIES_MISSING);
        assertThat(result.entriesChecked()).isZero();
    }

    @Test
    void deletingAMiddleEntryIsCaught() {
        bypassingTriggers("DELETE FROM audit_event WHERE id = " + middleId());

        assertBroken(Problem.GAP);
    }

    @Test
    void rewritingAMiddleEntryAndRecomputingTheHashesAfterItWithoutTheKeyIsCaught() {
        long middle = middleId();
        bypassingTriggers("UPDATE audit_event SET reason = 'nothing to see' WHERE id = " + middle);
        relinkFrom(middle, Relink.WITHOUT_KEY);

        ChainVerification result = assertBroken(Problem.CONTENT_CHANGED);
        assertThat(result.firstBrokenLink().orElseThrow().entryId()).isEqualTo(middle);
    }

    @Test
    void rewritingAMiddleEntryAsUnkeyedIsCaught() {
        long middle = middleId();
        bypassingTriggers("UPDATE audit_event SET reason = 'nothing to see' WHERE id = " + middle);
        relinkFrom(middle, Relink.AS_UNKEYED);

        assertBroken(Problem.UNKEYED_AFTER_KEYED);
    }

    @Test
    void rewritingAMiddleEntryWithAStolenKeyIsStillCaughtByThePublishedHead() {
        long middle = middleId();
        bypassingTriggers("UPDATE audit_event SET reason = 'nothing to see' WHERE id = " + middle);
        relinkFrom(middle, Relink.WITH_STOLEN_KEY);

        assertBroken(Problem.HEAD_MISMATCH);
    }

    @Test
    void erasingOneUsersEntriesAboutAChildIsCaught() {
        bypassingTriggers("DELETE FROM audit_event WHERE user_id = " + WATCHER + " AND child_id = " + OTHER_CHILD);

        ChainVerification result = verifier.verify();
        assertThat(result.isIntact()).isFalse();
        assertThat(result.firstBrokenLink().orElseThrow().problem()).isIn(Problem.GAP, Problem.ENTRIES_MISSING);
    }

    @Test
    void appendingAForgedEntryIsCaught() {
        String last = jdbc.sql("SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1")
                .query(String.class)
                .single();
        bypassingTriggers(
                "INSERT INTO audit_event (occurred_at, user_id, action, subject_type, child_id, previous_hash,"
                        + " hash, key_id) VALUES (now(), 611, 'view', 'child', " + CHILD + ", '" + last + "', '"
                        + "b".repeat(64) + "', '" + keys.ring().current().id() + "')");

        assertBroken(Problem.CONTENT_CHANGED);
    }

    @Test
    void appendingAForgedUnkeyedEntryIsCaught() {
        AuditEntry forged = new AuditEntry(
                jdbc.sql("SELECT max(id) + 1 FROM audit_event")
                        .query(Long.class)
                        .single(),
                java.time.Instant.now(),
                611L,
                null,
                "view",
                "child",
                CHILD,
                CHILD,
                null,
                null,
                null);
        String last = jdbc.sql("SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1")
                .query(String.class)
                .single();
        insert(forged, last, ChainHash.of(forged, last), null);

        assertBroken(Problem.UNKEYED_AFTER_KEYED);
    }

    private ChainVerification assertBroken(Problem expected) {
        ChainVerification result = verifier.verify();
        assertThat(result.isIntact()).as(result.summary()).isFalse();
        assertThat(result.firstBrokenLink().orElseThrow().problem())
                .as(result.summary())
                .isEqualTo(expected);
        return result;
    }

    private enum Relink {
        WITHOUT_KEY,
        AS_UNKEYED,
        WITH_STOLEN_KEY
    }

    /** What an insider does to hide a change: recompute the hash of the changed entry and every one after it. */
    private void relinkFrom(long id, Relink how) {
        String previous = jdbc.sql("SELECT hash FROM audit_event WHERE id < :id ORDER BY id DESC LIMIT 1")
                .param("id", id)
                .query(String.class)
                .single();
        List<AuditEntry> entries = jdbc.sql("SELECT * FROM audit_event WHERE id >= :id ORDER BY id")
                .param("id", id)
                .query((rs, n) -> entry(rs))
                .list();
        for (AuditEntry entry : entries) {
            String hash = how == Relink.WITH_STOLEN_KEY
                    ? ChainHash.keyed(entry, previous, keys.ring().current())
                    : ChainHash.of(entry, previous);
            String keyId = how == Relink.AS_UNKEYED ? "NULL" : "key_id";
            bypassingTriggers("UPDATE audit_event SET previous_hash = '" + previous + "', hash = '" + hash
                    + "', key_id = " + keyId + " WHERE id = " + entry.id());
            previous = hash;
        }
    }

    private void insert(AuditEntry e, String previousHash, String hash, String keyId) {
        insider.sql("""
                        INSERT INTO audit_event (id, occurred_at, user_id, action, subject_type, subject_id, child_id,
                                                 previous_hash, hash, key_id)
                        OVERRIDING SYSTEM VALUE
                        VALUES (:id, :at, :user, :action, :type, :subject, :child, :previous, :hash, :key)
                        """)
                .param("id", e.id())
                .param("at", OffsetDateTime.ofInstant(e.occurredAt(), java.time.ZoneOffset.UTC))
                .param("user", e.userId())
                .param("action", e.action())
                .param("type", e.subjectType())
                .param("subject", e.subjectId())
                .param("child", e.childId())
                .param("previous", previousHash)
                .param("hash", hash)
                .param("key", keyId, java.sql.Types.VARCHAR)
                .update();
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getObject("user_id", Long.class),
                rs.getObject("agency_id", Long.class),
                rs.getString("action"),
                rs.getString("subject_type"),
                rs.getObject("subject_id", Long.class),
                rs.getObject("child_id", Long.class),
                rs.getString("reason"),
                rs.getString("request_id"),
                rs.getString("client_address"));
    }

    /** As the superuser, with the append-only triggers switched off for the transaction. */
    private void bypassingTriggers(String... statements) {
        StringBuilder sql = new StringBuilder("BEGIN; SET LOCAL session_replication_role = replica;");
        for (String statement : statements) {
            sql.append(statement).append(';');
        }
        insider.sql(sql.append("COMMIT;").toString()).update();
    }

    private long middleId() {
        return jdbc.sql("SELECT id FROM audit_event ORDER BY id DESC OFFSET 3 LIMIT 1")
                .query(Long.class)
                .single();
    }

    private void view(long user, long child) {
        TestPrincipal.of(user, 2).signIn();
        auditLog.record(AuditAction.VIEW, "child", child, Optional.of(child), Optional.of("looked"));
        SecurityContextHolder.clearContext();
    }
}
