package app.haven.identity;

import app.haven.platform.HavenPrincipal;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
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

    /**
     * Who the user is and where they work. The team is held as a nullable {@code Long} because the session
     * serialises this record and {@code Optional} is not serialisable; {@link #team()} is the way to read it.
     */
    record Account(long userId, String email, String displayName, long agencyId, String agencyName, Long teamId)
            implements Serializable {

        Optional<Long> team() {
            return Optional.ofNullable(teamId);
        }
    }

    /** What the user may do and which children's records they may open. */
    record Access(Set<String> roles, Set<String> permissions, RecordScope scope, Set<Long> areaIds)
            implements Serializable {

        Access {
            roles = Set.copyOf(roles);
            permissions = Set.copyOf(permissions);
            areaIds = Set.copyOf(areaIds);
        }
    }

    private final Account account;
    private final Access access;
    private final boolean enabled;
    private String passwordHash;

    HavenUser(Account account, Access access, boolean enabled, String passwordHash) {
        this.account = account;
        this.access = access;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    Account account() {
        return account;
    }

    Access access() {
        return access;
    }

    @Override
    public long userId() {
        return account.userId();
    }

    @Override
    public String displayName() {
        return account.displayName();
    }

    @Override
    public long agencyId() {
        return account.agencyId();
    }

    @Override
    public String agencyName() {
        return account.agencyName();
    }

    /**
     * Roles become authorities named {@code ROLE_<code>}; permissions keep their own names, so handlers declare
     * {@code hasAuthority('VIEW_CHILD')}.
     */
    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return Stream.concat(access.roles().stream().map(role -> "ROLE_" + role), access.permissions().stream())
                .sorted()
                .map(SimpleGrantedAuthority::new)
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.email();
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
        return other instanceof HavenUser that && that.userId() == userId();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId());
    }

    @Override
    public String toString() {
        return "HavenUser[" + userId() + "]";
    }
}
