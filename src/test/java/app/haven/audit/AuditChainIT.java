package app.haven.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haven.platform.database.DatabaseInsider;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

@SpringBootTest
class AuditChainIT {

    @Autowired
    AuditLog auditLog;

    @Autowired
    ChainVerifier verifier;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theApplicationsRoleMayOnlyAddAndReadEntries() {
        long id = appendOne("original reason");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET reason = 'changed' WHERE id = :id")
                        .param("id", id)
                        .update())
                .rootCause()
                .hasMessageContaining("permission denied for table audit_event");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE id = :id")
                        .param("id", id)
                        .update())
                .rootCause()
                .hasMessageContaining("permission denied for table audit_event");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_event").update())
                .rootCause()
                .hasMessageContaining("permission denied for table audit_event");
        assertThatThrownBy(() -> jdbc.sql("SELECT setval(pg_get_serial_sequence('audit_event', 'id'), 1)")
                        .query()
                        .listOfRows())
                .rootCause()
                .hasMessageContaining("permission denied for sequence");
        assertThatThrownBy(
                        () -> jdbc.sql("SET session_replication_role = replica").update())
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThat(reasonOf(id)).isEqualTo("original reason");
    }

    @Test
    void theApplicationRunsAsNeitherSuperuserNorOwner() {
        assertThat(jdbc.sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(jdbc.sql(
                                "SELECT pg_get_userbyid(relowner) = current_user FROM pg_class WHERE relname = 'audit_event'")
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                                + " WHERE n.nspname = 'public' AND pg_get_userbyid(c.relowner) = current_user")
                        .query(Long.class)
                        .single())
                .as("the application's role owns nothing")
                .isZero();
    }

    @Test
    void theOwnerWhoMayChangeTablesIsStillRefusedByTheTriggers() {
        long id = appendOne("original reason");
        JdbcClient owner = DatabaseInsider.owner(jdbc);
        assertThatThrownBy(() -> owner.sql("UPDATE audit_event SET reason = 'changed' WHERE id = :id")
                        .param("id", id)
                        .update())
                .rootCause()
                .hasMessageContaining("audit_event is append-only: UPDATE refused");
        assertThatThrownBy(() -> owner.sql("DELETE FROM audit_event WHERE id = :id")
                        .param("id", id)
                        .update())
                .rootCause()
                .hasMessageContaining("audit_event is append-only: DELETE refused");
        assertThatThrownBy(() -> owner.sql("TRUNCATE audit_event").update())
                .rootCause()
                .hasMessageContaining("audit_event is append-only: TRUNCATE refused");
        assertThat(reasonOf(id)).isEqualTo("original reason");
    }

    @Test
    void verificationFindsARowASuperuserChangedBehindTheTriggers() {
        appendOne("before");
        long tampered = appendOne("the real reason");
        appendOne("after");
        assertThat(verifier.verify().isIntact()).isTrue();
        try {
            asSuperuserBypassingTriggers("UPDATE audit_event SET reason = 'a forged reason' WHERE id = " + tampered);

            ChainVerification result = verifier.verify();

            assertThat(result.isIntact()).isFalse();
            assertThat(result.firstBrokenLink()).hasValueSatisfying(link -> {
                assertThat(link.entryId()).isEqualTo(tampered);
                assertThat(link.problem()).isEqualTo(ChainVerification.Problem.CONTENT_CHANGED);
            });
            assertThat(result.summary()).isEqualTo("broken at entry " + tampered + ": content changed");
        } finally {
            // Put it back, so other tests sharing this database see an intact chain.
            asSuperuserBypassingTriggers("UPDATE audit_event SET reason = 'the real reason' WHERE id = " + tampered);
        }
        assertThat(verifier.verify().isIntact()).isTrue();
    }

    @Test
    void verificationFindsAForgedHashAtTheNextEntry() {
        long forged = appendOne("x");
        long next = appendOne("y");
        String realHash = jdbc.sql("SELECT hash FROM audit_event WHERE id = :id")
                .param("id", forged)
                .query(String.class)
                .single();
        try {
            asSuperuserBypassingTriggers("UPDATE audit_event SET hash = '" + "f".repeat(64) + "' WHERE id = " + forged);
            ChainVerification result = verifier.verify();
            assertThat(result.firstBrokenLink().orElseThrow().entryId()).isIn(forged, next);
        } finally {
            asSuperuserBypassingTriggers("UPDATE audit_event SET hash = '" + realHash + "' WHERE id = " + forged);
        }
        assertThat(verifier.verify().isIntact()).isTrue();
    }

    @Test
    void concurrentAppendsNeverForkTheChain() throws Exception {
        long before = count();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> workers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                long user = 700 + t;
                workers.add(() -> {
                    TestPrincipal.of(user, 1).signIn();
                    try {
                        for (int i = 0; i < 50; i++) {
                            auditLog.childRecordViewed(9100 + i, "child", 9100 + i);
                        }
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(workers)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(count()).isEqualTo(before + 400);
        ChainVerification result = verifier.verify();
        assertThat(result.isIntact()).as(result.summary()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(count());
        assertThat(jdbc.sql("SELECT count(DISTINCT previous_hash) = count(*) FROM audit_event")
                        .query(Boolean.class)
                        .single())
                .as("no two entries link to the same predecessor")
                .isTrue();
    }

    @Test
    void entriesAuditedAtTheSameMomentWithoutATransactionShareOneCommit() throws Exception {
        long after = jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event")
                .query(Long.class)
                .single();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> workers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                long user = 800 + t;
                workers.add(() -> {
                    TestPrincipal.of(user, 1).signIn();
                    try {
                        for (int i = 0; i < 25; i++) {
                            auditLog.listShown("register", "cases", List.of(9300L + i));
                        }
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(workers)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        // Rows committed by one transaction share its xmin: fewer transactions than entries means groups were written.
        long transactions = jdbc.sql("SELECT count(DISTINCT xmin::text) FROM audit_event WHERE id > :after")
                .param("after", after)
                .query(Long.class)
                .single();
        long entries = jdbc.sql("SELECT count(*) FROM audit_event WHERE id > :after")
                .param("after", after)
                .query(Long.class)
                .single();
        assertThat(entries).isEqualTo(200);
        assertThat(transactions).isLessThan(entries);
        assertThat(verifier.verify().isIntact()).isTrue();
    }

    /**
     * The cluster's superuser can switch triggers off for a session: exactly what an insider with the database
     * administrator's login could do, and what the keyed hash chain is there to reveal.
     */
    private void asSuperuserBypassingTriggers(String sql) {
        DatabaseInsider.superuser(jdbc)
                .sql("BEGIN; SET LOCAL session_replication_role = replica; " + sql + "; COMMIT;")
                .update();
    }

    private long appendOne(String reason) {
        TestPrincipal.of(601, 2).signIn();
        auditLog.record(AuditAction.SHARE, "referral", 1, Optional.of(9200L), Optional.of(reason));
        return jdbc.sql("SELECT max(id) FROM audit_event").query(Long.class).single();
    }

    private String reasonOf(long id) {
        return jdbc.sql("SELECT reason FROM audit_event WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single();
    }
}
