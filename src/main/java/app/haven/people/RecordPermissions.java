package app.haven.people;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Which of the record page's actions to offer; every action's handler checks its permission again. */
public record RecordPermissions(boolean edit, boolean merge, boolean seeAccess) {

    static RecordPermissions of(Authentication auth) {
        return new RecordPermissions(has(auth, "EDIT_CHILD"), has(auth, "APPROVE"), has(auth, "VIEW_RECORD_ACCESS"));
    }

    private static boolean has(Authentication auth, String authority) {
        return auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(authority::equals);
    }
}
