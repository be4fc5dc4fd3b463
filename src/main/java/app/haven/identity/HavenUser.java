package app.haven.identity;

import app.haven.platform.HavenPrincipal;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user. Kept in the HTTP session, so it holds only what every request needs: ids, the name
 * and agency the header shows, and the roles. The password hash is erased once sign-in succeeds.
 */
final class HavenUser implements UserDetails, CredentialsContainer, HavenPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String email;
    private final String displayName;
    private final long agencyId;
    private final String agencyName;
    private final Set<String> roles;
    private final boolean enabled;
    private String passwordHash;

    HavenUser(
            long userId,
            String email,
            String displayName,
            long agencyId,
            String agencyName,
            Set<String> roles,
            boolean enabled,
            String passwordHash) {
        this.userId = userId;
        this.email = email;
        this.displayName = displayName;
        this.agencyId = agencyId;
        this.agencyName = agencyName;
        this.roles = Set.copyOf(roles);
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    @Override
    public long userId() {
        return userId;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public long agencyId() {
        return agencyId;
    }

    @Override
    public String agencyName() {
        return agencyName;
    }

    Set<String> roles() {
        return roles;
    }

    /** Roles become authorities named {@code ROLE_<code>}, so {@code hasRole('TEAM_MANAGER')} reads naturally. */
    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = roles.stream()
                .sorted()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HavenUser that && that.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return "HavenUser[" + userId + "]";
    }
}
