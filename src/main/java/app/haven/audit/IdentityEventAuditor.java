package app.haven.audit;

import app.haven.identity.BreakGlassAccessGranted;
import app.haven.identity.UserAccountChanged;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Audits what identity announces. Plain synchronous listeners, so the entry is written in the publisher's
 * transaction: a break-glass grant or account change never commits without its audit entry.
 */
@Component
class IdentityEventAuditor {

    static final String BREAK_GLASS_SUBJECT = "break-glass-grant";

    private final AuditLog log;
    private final JdbcClient jdbc;

    IdentityEventAuditor(AuditLog log, JdbcClient jdbc) {
        this.log = log;
        this.jdbc = jdbc;
    }

    @EventListener
    void onBreakGlass(BreakGlassAccessGranted event) {
        log.append(
                new AuditLog.Actor(event.userId(), event.agencyId()),
                AuditAction.BREAK_GLASS,
                BREAK_GLASS_SUBJECT,
                event.grantId(),
                Optional.of(event.childId()),
                Optional.of(event.reason()));
    }

    @EventListener
    void onAccountChanged(UserAccountChanged event) {
        log.append(
                new AuditLog.Actor(event.actorId(), agencyOf(event.actorId())),
                AuditAction.UPDATE,
                SignInAuditor.SUBJECT,
                event.userId(),
                Optional.empty(),
                Optional.of(event.change()));
    }

    private Long agencyOf(long userId) {
        return jdbc.sql("SELECT agency_id FROM user_account WHERE id = :id")
                .param("id", userId)
                .query(Long.class)
                .optional()
                .orElse(null);
    }
}
