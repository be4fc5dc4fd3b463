package app.haven.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Counts failed sign-ins in the database, so that every app node sees the same count, per account and source
 * and for the whole account, and locks as {@link LockoutPolicy} says. A wrong password and a wrong MFA code count
 * alike; only a complete sign-in resets the count.
 *
 * <p>An attempt is counted <em>before</em> it is checked ({@link #begin}), by one UPDATE … RETURNING per counter
 * that also sets the lock: parallel guesses queue on the row, and the one that reaches the limit locks out the
 * rest, so no more than five are ever checked. A right answer then takes its count back ({@link #passed}) or,
 * when it completes sign-in, starts every count again ({@link #reset}).
 */
@Component
class SignInLockout {

    /** A counted attempt: whether it may be checked at all, and where it came from. */
    record Attempt(long userId, String source, boolean allowed) {}

    private static final String SOURCE_LOCKS = LockoutPolicy.locksInSeconds(LockoutPolicy.FAILURES_BEFORE_LOCK);
    private static final String ACCOUNT_LOCKS =
            LockoutPolicy.locksInSeconds(LockoutPolicy.ACCOUNT_FAILURES_BEFORE_LOCK);

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

    /**
     * Counts one attempt from the current request's source; refused (and not counted) while that source or the
     * whole account is locked.
     */
    @Transactional
    Attempt begin(long userId) {
        String source = currentSource();
        Optional<Integer> fromSource = countFromSource(userId, source);
        boolean allowed = fromSource.isPresent()
                && (fromSource.get() > LockoutPolicy.FAILURES_BEFORE_LOCK
                        ? !accountLocked(userId)
                        : countForAccount(userId));
        if (!allowed) {
            // Nothing is counted while locked, so attempts then do not lengthen the lock.
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return new Attempt(userId, source, allowed);
    }

    /** The attempt was right but sign-in goes on (the password before an MFA code): it was no failure. */
    @Transactional
    void passed(Attempt attempt) {
        jdbc.sql("""
                        UPDATE sign_in_throttle
                           SET failures = greatest(failures - 1, 0),
                               locked_until = CASE WHEN failures - 1 < :threshold THEN NULL ELSE locked_until END
                         WHERE user_id = :id AND source = :source
                        """)
                .param("threshold", LockoutPolicy.FAILURES_BEFORE_LOCK)
                .param("id", attempt.userId())
                .param("source", attempt.source())
                .update();
        jdbc.sql("""
                        UPDATE user_account
                           SET failed_sign_ins = greatest(failed_sign_ins - 1, 0),
                               locked_until = CASE WHEN failed_sign_ins - 1 < :threshold THEN NULL ELSE locked_until END
                         WHERE id = :id
                        """)
                .param("threshold", LockoutPolicy.ACCOUNT_FAILURES_BEFORE_LOCK)
                .param("id", attempt.userId())
                .update();
    }

    /** A complete sign-in, or an administrator's unlock: every count starts again and every lock ends. */
    @Transactional
    void reset(long userId) {
        jdbc.sql("DELETE FROM sign_in_throttle WHERE user_id = :id")
                .param("id", userId)
                .update();
        jdbc.sql("UPDATE user_account SET failed_sign_ins = 0, locked_until = NULL WHERE id = :id")
                .param("id", userId)
                .update();
    }

    private Optional<Integer> countFromSource(long userId, String source) {
        return jdbc.sql("""
                        INSERT INTO sign_in_throttle AS t (user_id, source, failures, locked_until)
                        VALUES (:id, :source, 1, NULL)
                        ON CONFLICT (user_id, source) DO UPDATE
                           SET failures = t.failures + 1,
                               locked_until = CASE
                                   WHEN (CAST(:locks AS int[]))[least(t.failures + 1, :last)] > 0
                                   THEN CAST(:now AS timestamptz) + make_interval(
                                           secs => (CAST(:locks AS int[]))[least(t.failures + 1, :last)])
                                   END
                         WHERE t.locked_until IS NULL OR t.locked_until <= :now
                        RETURNING failures
                        """)
                .param("id", userId)
                .param("source", source)
                .param("locks", SOURCE_LOCKS)
                .param("last", LockoutPolicy.FAILURES_BEFORE_LOCK + 10)
                .param("now", Timestamp.from(clock.instant()))
                .query(Integer.class)
                .optional();
    }

    private boolean countForAccount(long userId) {
        return jdbc.sql("""
                        UPDATE user_account
                           SET failed_sign_ins = failed_sign_ins + 1,
                               locked_until = CASE
                                   WHEN (CAST(:locks AS int[]))[least(failed_sign_ins + 1, :last)] > 0
                                   THEN CAST(:now AS timestamptz) + make_interval(
                                           secs => (CAST(:locks AS int[]))[least(failed_sign_ins + 1, :last)])
                                   END
                         WHERE id = :id AND (locked_until IS NULL OR locked_until <= :now)
                        RETURNING failed_sign_ins
                        """)
                .param("id", userId)
                .param("locks", ACCOUNT_LOCKS)
                .param("last", LockoutPolicy.ACCOUNT_FAILURES_BEFORE_LOCK + 10)
                .param("now", Timestamp.from(clock.instant()))
                .query(Integer.class)
                .optional()
                .isPresent();
    }

    private boolean accountLocked(long userId) {
        return jdbc.sql("SELECT locked_until > :now FROM user_account WHERE id = :id")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", userId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** The client's address (trusted proxies only: TrustedProxies), or "unknown" outside a request. */
    private static String currentSource() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getRemoteAddr() != null) {
            String address = attributes.getRequest().getRemoteAddr();
            return address.length() > 64 ? address.substring(0, 64) : address;
        }
        return "unknown";
    }
}
