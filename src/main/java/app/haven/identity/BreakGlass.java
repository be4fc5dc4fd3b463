package app.haven.identity;

import app.haven.platform.HavenPrincipal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening a child's record outside one's scope ("break-glass", domain reference section 8): possible only
 * with the BREAK_GLASS permission and a stated reason, for a limited time, audited, and reviewed afterwards.
 */
@Service
public class BreakGlass {

    public static final int MIN_REASON = 10;
    public static final int MAX_REASON = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Duration lasts;

    BreakGlass(
            JdbcClient jdbc,
            Clock clock,
            ApplicationEventPublisher events,
            @Value("${haven.break-glass.lasts:PT8H}") Duration lasts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.lasts = lasts;
    }

    /** A granted break-glass access: the record stays open to the user until {@code expiresAt}. */
    public record Grant(long id, long childId, Instant expiresAt) {}

    /**
     * Grants access to one child's record for a while, and says so to the audit log.
     *
     * @return the grant, or empty when the reason is too short or too long (the caller shows the error)
     * @throws AccessDeniedException when the user's roles do not allow break-glass access
     */
    @Transactional
    public Optional<Grant> open(HavenPrincipal principal, long childId, String reason) {
        if (!ChildAccess.accessOf(principal).permissions().contains(Permission.BREAK_GLASS.authority())) {
            throw new AccessDeniedException("break-glass access is not allowed for this user");
        }
        String stated = reason == null ? "" : reason.strip();
        if (stated.length() < MIN_REASON || stated.length() > MAX_REASON) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant expires = now.plus(lasts);
        long id = jdbc.sql("""
                        INSERT INTO break_glass_grant (user_id, child_id, reason, granted_at, expires_at)
                        VALUES (:user, :child, :reason, :now, :expires) RETURNING id
                        """)
                .param("user", principal.userId())
                .param("child", childId)
                .param("reason", stated)
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expires))
                .query(Long.class)
                .single();
        events.publishEvent(
                new BreakGlassAccessGranted(id, principal.userId(), principal.agencyId(), childId, stated, now));
        return Optional.of(new Grant(id, childId, expires));
    }
}
