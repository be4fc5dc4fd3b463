package app.haven.identity;

import app.haven.platform.HavenPrincipal;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Runs bulk work (demo data now, imports later) as a named user, so it goes through the same services as that user
 * at a screen would: the same rules, inbox tasks, chronology and audit, attributed to them. Never reachable from a
 * request: only code that already decided who is acting (the demo generator, an import an administrator started)
 * calls it.
 */
@Service
public class ActingAs {

    private final UserAccounts accounts;

    ActingAs(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** Runs the work signed in as the user (with their roles and areas as now), then restores who was signed in. */
    public <T> T run(long userId, Function<HavenPrincipal, T> work) {
        HavenUser user = accounts.findById(userId)
                .filter(HavenUser::isEnabled)
                .orElseThrow(() -> new IllegalArgumentException("no enabled user " + userId));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext acting = SecurityContextHolder.createEmptyContext();
        acting.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(acting);
        try {
            return work.apply(user);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void act(long userId, Consumer<HavenPrincipal> work) {
        run(userId, user -> {
            work.accept(user);
            return null;
        });
    }
}
