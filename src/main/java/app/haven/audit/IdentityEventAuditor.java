package app.haven.audit;

import app.haven.identity.AccessRefused;
import app.haven.identity.BreakGlassAccessGranted;
import app.haven.identity.BreakGlassReviewRead;
import app.haven.identity.BreakGlassReviewed;
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

    /** A refusal is recorded even though nothing was shown: attempts on a record matter as much as accesses. */
    @EventListener
    void onRefused(AccessRefused event) {
        log.append(
                new AuditLog.Actor(event.userId(), event.agencyId()),
                AuditAction.REFUSED,
                event.subjectType(),
                event.subjectId().orElse(null),
                event.childId(),
                Optional.of(event.request() + ": " + event.why()));
    }

    /** One entry per page read: a list names the grants and children shown, a single grant names its child. */
    @EventListener
    void onReviewRead(BreakGlassReviewRead event) {
        boolean one = event.grantIds().size() == 1;
        log.append(
                new AuditLog.Actor(event.reviewerId(), event.agencyId()),
                AuditAction.VIEW,
                one ? BREAK_GLASS_SUBJECT : "break-glass-reviews",
                one ? event.grantIds().get(0) : null,
                event.childIds().size() == 1 ? Optional.of(event.childIds().get(0)) : Optional.empty(),
                one ? Optional.empty() : Optional.of(ShownIds.describe("grants", event.grantIds(), event.childIds())));
    }

    @EventListener
    void onReviewed(BreakGlassReviewed event) {
        log.append(
                new AuditLog.Actor(event.reviewerId(), event.agencyId()),
                AuditAction.UPDATE,
                BREAK_GLASS_SUBJECT,
                event.grantId(),
                Optional.of(event.childId()),
                Optional.of("reviewed: " + event.outcome()));
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
