package app.haven.identity;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator may do to another account's sign-in security. Public only so that identity's own
 * administration pages (a sub-package) can reach it; they check {@code ADMINISTER_USERS} and publish
 * {@link UserAccountChanged} with the acting administrator. Nothing here checks permissions.
 */
@Service
public class AccountSecurity {

    private final SignInLockout lockout;
    private final MfaEnrolments mfa;
    private final AccountPasswords passwords;
    private final PasswordPolicy policy;
    private final UserSessions sessions;

    AccountSecurity(
            SignInLockout lockout,
            MfaEnrolments mfa,
            AccountPasswords passwords,
            PasswordPolicy policy,
            UserSessions sessions) {
        this.lockout = lockout;
        this.mfa = mfa;
        this.passwords = passwords;
        this.policy = policy;
        this.sessions = sessions;
    }

    /** What is wrong with a proposed password under the NCSC-style policy, in GOV.UK words, if anything. */
    public Optional<String> passwordProblem(String password, String email) {
        return policy.problem(password, email);
    }

    /** Signs the user out everywhere: used when an account is disabled, so a disabled user is out at once. */
    public void endSessions(String email) {
        sessions.endAll(email);
    }

    /** Ends a lock at once and forgets the failures that led to it. */
    public void unlock(long userId) {
        lockout.reset(userId);
    }

    /**
     * Forgets the user's authenticator app and recovery codes (a lost phone). Where MFA is mandatory they
     * enrol again at their next sign-in.
     */
    @Transactional
    public void resetMfa(long userId) {
        mfa.remove(userId);
    }

    /** After setting a temporary password: the user must choose their own at next sign-in. */
    public void requirePasswordChange(long userId) {
        passwords.requireChange(userId);
    }
}
