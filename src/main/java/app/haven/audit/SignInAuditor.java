package app.haven.audit;

import app.haven.platform.HavenPrincipal;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Audits sign-in, failed sign-in and sign-out. A failed attempt is attributed to the account whose e-mail
 * address was typed, when one exists, so repeated failures against an account show up; the typed address
 * and password are never stored, because a mistyped password is often another password of the user's.
 */
@Component
class SignInAuditor {

    static final String SUBJECT = "user_account";

    private final AuditLog log;
    private final JdbcClient jdbc;

    SignInAuditor(AuditLog log, JdbcClient jdbc) {
        this.log = log;
        this.jdbc = jdbc;
    }

    @EventListener
    void onSignIn(AuthenticationSuccessEvent event) {
        actorOf(event.getAuthentication())
                .ifPresent(actor -> log.append(
                        actor, AuditAction.SIGN_IN, SUBJECT, actor.userId(), Optional.empty(), Optional.empty()));
    }

    @EventListener
    void onFailedSignIn(AbstractAuthenticationFailureEvent event) {
        AuditLog.Actor actor = accountFor(event.getAuthentication().getName()).orElse(AuditLog.Actor.UNKNOWN);
        log.append(actor, AuditAction.FAILED_SIGN_IN, SUBJECT, actor.userId(), Optional.empty(), Optional.empty());
    }

    @EventListener
    void onSignOut(LogoutSuccessEvent event) {
        actorOf(event.getAuthentication())
                .ifPresent(actor -> log.append(
                        actor, AuditAction.SIGN_OUT, SUBJECT, actor.userId(), Optional.empty(), Optional.empty()));
    }

    private static Optional<AuditLog.Actor> actorOf(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof HavenPrincipal user) {
            return Optional.of(new AuditLog.Actor(user.userId(), user.agencyId()));
        }
        return Optional.empty();
    }

    /**
     * {@code email} is citext, but a text parameter would make PostgreSQL compare as text, case-sensitively;
     * the cast keeps the match case-insensitive, as sign-in is.
     */
    private Optional<AuditLog.Actor> accountFor(String email) {
        if (email == null || email.isBlank() || email.length() > 254) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id, agency_id FROM user_account WHERE email = CAST(:email AS citext)")
                .param("email", email)
                .query((rs, n) -> new AuditLog.Actor(rs.getLong("id"), rs.getLong("agency_id")))
                .optional();
    }
}
