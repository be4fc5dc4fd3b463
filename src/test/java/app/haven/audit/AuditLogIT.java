package app.haven.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haven.identity.BreakGlassAccessGranted;
import app.haven.identity.UserAccountChanged;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@SpringBootTest
class AuditLogIT {

    @Autowired
    AuditLog auditLog;

    @Autowired
    ChainVerifier verifier;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
        MDC.remove("requestId");
    }

    @Test
    void childRecordViewedRecordsExactlyOneEventWithWhoWhereAndWhichRequest() {
        TestPrincipal.of(501, 77).signIn("VIEW_CHILD");
        MDC.put("requestId", "req-viewed-0001");
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("192.0.2.10");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        long before = maxId();

        auditLog.childRecordViewed(9001, "screening", 31);

        var rows = jdbc.sql("SELECT * FROM audit_event WHERE id > :id")
                .param("id", before)
                .query()
                .listOfRows();
        assertThat(rows).hasSize(1);
        Map<String, Object> row = rows.get(0);
        assertThat(row)
                .containsEntry("user_id", 501L)
                .containsEntry("agency_id", 77L)
                .containsEntry("action", "view")
                .containsEntry("subject_type", "screening")
                .containsEntry("subject_id", 31L)
                .containsEntry("child_id", 9001L)
                .containsEntry("request_id", "req-viewed-0001")
                .containsEntry("client_address", "192.0.2.10");
        assertThat(row.get("reason")).isNull();
        assertThat(verifier.verify().isIntact()).isTrue();
    }

    @Test
    void recordKeepsTheReasonAndWorksOutsideARequest() {
        // Spring's test support binds a mock request to the test thread; a scheduled job or listener has none.
        RequestContextHolder.resetRequestAttributes();
        TestPrincipal.of(502, 78).signIn();
        auditLog.record(AuditAction.SHARE, "referral", 5, Optional.of(9002L), Optional.of("Strategy discussion"));
        var row = jdbc.sql("SELECT * FROM audit_event ORDER BY id DESC LIMIT 1")
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("action", "share")
                .containsEntry("reason", "Strategy discussion")
                .containsEntry("child_id", 9002L);
        assertThat(row.get("client_address")).isNull();
    }

    @Test
    void refusesToRecordWithoutASignedInUser() {
        long before = maxId();
        assertThatThrownBy(() -> auditLog.childRecordViewed(1, "child", 1)).isInstanceOf(IllegalStateException.class);
        assertThat(maxId()).isEqualTo(before);
    }

    @Test
    void anEntryRollsBackWithTheChangeItAudits() {
        TestPrincipal.of(503, 79).signIn();
        long before = maxId();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    auditLog.record(AuditAction.CREATE, "child", 1, Optional.of(1L), Optional.empty());
                    throw new IllegalStateException("the change failed");
                }))
                .hasMessage("the change failed");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE id > :id")
                        .param("id", before)
                        .query(Long.class)
                        .single())
                .isZero();
        auditLog.record(AuditAction.CREATE, "child", 1, Optional.of(1L), Optional.empty());
        assertThat(verifier.verify().isIntact())
                .as("a rolled-back id leaves no broken link")
                .isTrue();
    }

    @Test
    void breakGlassIsRecordedWithItsReasonAndChild() {
        transactions.executeWithoutResult(status -> events.publishEvent(
                new BreakGlassAccessGranted(12, 504, 80, 9003, "Child missing overnight", Instant.now())));
        var row = jdbc.sql("SELECT * FROM audit_event ORDER BY id DESC LIMIT 1")
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("action", "break-glass")
                .containsEntry("user_id", 504L)
                .containsEntry("agency_id", 80L)
                .containsEntry("child_id", 9003L)
                .containsEntry("subject_type", "break-glass-grant")
                .containsEntry("subject_id", 12L)
                .containsEntry("reason", "Child missing overnight");
    }

    @Test
    void accountChangesAreRecordedAsUpdatesOfTheAccount() {
        events.publishEvent(new UserAccountChanged(505, 606, "roles changed", Instant.now()));
        var row = jdbc.sql("SELECT * FROM audit_event ORDER BY id DESC LIMIT 1")
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("action", "update")
                .containsEntry("user_id", 505L)
                .containsEntry("subject_type", "user_account")
                .containsEntry("subject_id", 606L)
                .containsEntry("reason", "roles changed");
    }

    private long maxId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event")
                .query(Long.class)
                .single();
    }
}
