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

    boolean verify(long userId, String typed) {
        if (lockout.isLocked(userId)) {
            return false;
        }
        if (accepts(userId, typed == null ? "" : typed.replaceAll("\\s", ""))) {
            lockout.reset(userId);
            return true;
        }
        lockout.recordFailure(userId);
        return false;
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
        return step.isPresent() && enrolments.useStep(userId, step.getAsLong());
    }
}
