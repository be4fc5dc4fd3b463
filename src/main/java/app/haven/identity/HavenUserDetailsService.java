package app.haven.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Finds the account for an e-mail address at sign-in. */
@Service
class HavenUserDetailsService implements UserDetailsService {

    /** Longer than any address the user_account table accepts: refuse before touching the database. */
    private static final int MAX_EMAIL_LENGTH = 254;

    private final UserAccounts accounts;

    HavenUserDetailsService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        String trimmed = email == null ? "" : email.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_EMAIL_LENGTH) {
            throw new UsernameNotFoundException("no such account");
        }
        return accounts.findForSignIn(trimmed).orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}
