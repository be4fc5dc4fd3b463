package app.haven.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * Checks the code a user gives after their password: from their authenticator app or one of their recovery
 * codes. Failures count towards the same lock as wrong passwords, and a locked account is refused even with
 * the right code.
 */
@Component
class SecondFactor {

    private final MfaEnrolments enrolments;
    private final SignInLockout lockout;
    private final Clock clock;

    SecondFactor(MfaEnrolments enrolments, SignInLockout lockout, Clock clock) {
        this.enrolments = enrolments;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** Completes sign-in when right: every failure count starts again. */
    boolean verify(long userId, String typed) {
        if (check(userId, typed)) {
            lockout.reset(userId);
            return true;
        }
        return false;
    }

    /**
     * Checks a code without completing a sign-in (re-authentication before an MFA change): a right code takes back
     * its count, a wrong one counts towards the lock.
     */
    boolean confirm(long userId, String typed) {
        return check(userId, typed);
    }

    private boolean check(long userId, String typed) {
        SignInLockout.Attempt attempt = lockout.begin(userId);
        if (!attempt.allowed()) {
            return false;
        }
        boolean right = accepts(userId, typed == null ? "" : typed.replaceAll("\\s", ""));
        if (right) {
            lockout.passed(attempt);
        }
        return right;
    }

    private boolean accepts(long userId, String code) {
        var enrolment = enrolments.find(userId);
        if (enrolment.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        if (RecoveryCodes.looksLikeOne(code)) {
            return enrolments.useRecoveryCode(userId, RecoveryCodes.hash(code), now);
        }
        byte[] key = Base32.decode(enrolment.get().secretBase32());
        OptionalLong step = Totp.verify(key, code, now, enrolment.get().lastUsedStep());
        boolean right = step.isPresent() && enrolments.useStep(userId, step.getAsLong());
        if (right && !enrolment.get().sealedWithCurrentKey()) {
            enrolments.reseal(userId, enrolment.get().secretBase32());
        }
        return right;
    }
}
