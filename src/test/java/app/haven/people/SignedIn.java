package app.haven.people;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** Runs service calls as a signed-in user, as a request would (the audit log needs to know who acted). */
final class SignedIn {

    private SignedIn() {}

    static <T> T as(UserDetails user, Supplier<T> action) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
