package app.haven.identity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator may do to another account's sign-in security. The admin pages call these (and
 * publish {@link UserAccountChanged} with the acting administrator); nothing here checks permissions.
 */
@Service
class AccountSecurity {

    private final SignInLockout lockout;
    private final MfaEnrolments mfa;
    private final AccountPasswords passwords;

    AccountSecurity(SignInLockout lockout, MfaEnrolments mfa, AccountPasswords passwords) {
        this.lockout = lockout;
        this.mfa = mfa;
        this.passwords = passwords;
    }

    /** Ends a lock at once and forgets the failures that led to it. */
    void unlock(long userId) {
        lockout.reset(userId);
    }

    /**
     * Forgets the user's authenticator app and recovery codes (a lost phone). Where MFA is mandatory they
     * enrol again at their next sign-in.
     */
    @Transactional
    void resetMfa(long userId) {
        mfa.remove(userId);
    }

    /** After setting a temporary password: the user must choose their own at next sign-in. */
    void requirePasswordChange(long userId) {
        passwords.requireChange(userId);
    }
}
