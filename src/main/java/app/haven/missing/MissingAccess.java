package app.haven.missing;

import app.haven.platform.HavenPrincipal;
import org.springframework.security.core.userdetails.UserDetails;

/** Whether a user holds a permission, for pages that show or hide an action (handlers still declare theirs). */
final class MissingAccess {

    private MissingAccess() {}

    static boolean may(HavenPrincipal user, String permission) {
        return user instanceof UserDetails details
                && details.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals(permission));
    }
}
