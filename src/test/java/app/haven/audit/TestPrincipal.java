package app.haven.audit;

import app.haven.platform.HavenPrincipal;
import java.util.Arrays;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** A signed-in user for tests, with whatever authorities (permissions) the test needs. */
record TestPrincipal(long userId, String displayName, long agencyId, String agencyName) implements HavenPrincipal {

    static TestPrincipal of(long userId, long agencyId) {
        return new TestPrincipal(userId, "Test User " + userId, agencyId, "Test Agency " + agencyId);
    }

    Authentication authentication(String... authorities) {
        return UsernamePasswordAuthenticationToken.authenticated(
                this, null, AuthorityUtils.createAuthorityList(Arrays.asList(authorities)));
    }

    /** Signs this user in on the current thread; tests clear the context afterwards. */
    void signIn(String... authorities) {
        SecurityContextHolder.getContext().setAuthentication(authentication(authorities));
    }
}
