package app.haven.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts consecutive failed sign-ins per account in the database, so that every app node sees the same
 * count, and locks the account as {@link LockoutPolicy} says. A wrong password and a wrong MFA code count
 * alike; only a complete sign-in resets the count.
 */
@Component
class SignInLockout {

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInLockout(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Long> accountFor(String email) {
        return jdbc.sql("SELECT id FROM user_account WHERE email = CAST(:email AS citext)")
                .param("email", email == null ? "" : email.strip())
                .query(Long.class)
                .optional();
    }

    boolean isLocked(long userId) {
        return jdbc.sql("SELECT locked_until > :now FROM user_account WHERE id = :id")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", userId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** One more failure; locks the account from now when the count reaches the policy's threshold. */
    void recordFailure(long userId) {
        int failures = jdbc.sql("""
                        UPDATE user_account SET failed_sign_ins = failed_sign_ins + 1
                         WHERE id = :id RETURNING failed_sign_ins
                        """).param("id", userId).query(Integer.class).single();
        LockoutPolicy.lockAfter(failures)
                .ifPresent(lock -> lockUntil(userId, clock.instant().plus(lock)));
    }

    void reset(long userId) {
        jdbc.sql("UPDATE user_account SET failed_sign_ins = 0, locked_until = NULL WHERE id = :id")
                .param("id", userId)
                .update();
    }

    private void lockUntil(long userId, Instant until) {
        jdbc.sql("UPDATE user_account SET locked_until = :until WHERE id = :id")
                .param("until", Timestamp.from(until))
                .param("id", userId)
                .update();
    }
}
