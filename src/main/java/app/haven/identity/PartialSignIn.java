package app.haven.identity;

import java.io.Serial;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * Someone who gave the right password but has a step left (an MFA code, a new password, enrolment). It is
 * never "authenticated", so every rule that asks for a signed-in user refuses it; only its stage's page,
 * matched in {@link SecurityConfiguration}, lets it in. It has no authorities: no role, no permission.
 * Kept in the session, so it is serializable.
 */
final class PartialSignIn extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final HavenUser user;
    private final SignInStage stage;

    PartialSignIn(HavenUser user, SignInStage stage) {
        super(List.of());
        this.user = user;
        this.stage = stage;
        super.setAuthenticated(false);
    }

    SignInStage stage() {
        return stage;
    }

    HavenUser user() {
        return user;
    }

    @Override
    public Object getPrincipal() {
        return user;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("a partial sign-in is completed by a new token, never in place");
        }
        super.setAuthenticated(false);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartialSignIn that && that.user.equals(user) && that.stage == stage;
    }

    @Override
    public int hashCode() {
        return user.hashCode() * 31 + stage.hashCode();
    }
}
