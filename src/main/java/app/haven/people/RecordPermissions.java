package app.haven.people;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Which of the record page's actions and links to offer (the child's intelligence links only to those whose role may
 * read intelligence); every action's handler checks its permission again.
 */
public record RecordPermissions(boolean edit, boolean merge, boolean seeAccess, boolean seeIntelligence) {

    static RecordPermissions of(Authentication auth) {
        return new RecordPermissions(
                has(auth, "EDIT_CHILD"),
                has(auth, "APPROVE"),
                has(auth, "VIEW_RECORD_ACCESS"),
                has(auth, "VIEW_INTELLIGENCE"));
    }

    private static boolean has(Authentication auth, String authority) {
        return auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(authority::equals);
    }
}
