package app.haven.identity;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Asks a signed-in user to prove again who they are before a change to how they sign in (their password, their
 * authenticator app): a session left open on a shared computer must not be enough to take the account over. Wrong
 * answers count towards the sign-in lock, so an open session cannot be used to guess either.
 */
@Component
class Reauthentication {

    private final AccountPasswords passwords;
    private final PasswordEncoder encoder;
    private final SignInLockout lockout;
    private final SecondFactor secondFactor;

    Reauthentication(
            AccountPasswords passwords, PasswordEncoder encoder, SignInLockout lockout, SecondFactor secondFactor) {
        this.passwords = passwords;
        this.encoder = encoder;
        this.lockout = lockout;
        this.secondFactor = secondFactor;
    }

    boolean passwordIsRight(long userId, String typed) {
        if (typed == null || typed.isEmpty() || typed.length() > PasswordPolicy.MAX_LENGTH) {
            return false;
        }
        SignInLockout.Attempt attempt = lockout.begin(userId);
        boolean right =
                passwords.hash(userId).map(hash -> encoder.matches(typed, hash)).orElse(false) && attempt.allowed();
        if (right) {
            lockout.passed(attempt);
        }
        return right;
    }

    /** A code from the user's current authenticator app, or one of their recovery codes. */
    boolean codeIsRight(long userId, String typed) {
        return typed != null && !typed.isBlank() && typed.length() <= 40 && secondFactor.confirm(userId, typed);
    }
}
