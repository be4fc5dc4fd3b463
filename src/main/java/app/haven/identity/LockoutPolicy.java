package app.haven.identity;

import java.time.Duration;
import java.util.Optional;

/**
 * How long an account stays locked after consecutive failed sign-ins. NCSC advises throttling rather than a
 * permanent lock ("three to ten attempts"): 5 failures lock for a minute, each further failure doubles it,
 * up to an hour, so guessing is slowed to a crawl while the real user is never locked out for long.
 */
final class LockoutPolicy {

    static final int FAILURES_BEFORE_LOCK = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofHours(1);

    private LockoutPolicy() {}

    /** The lock that follows the given number of consecutive failures, if any. */
    static Optional<Duration> lockAfter(int consecutiveFailures) {
        if (consecutiveFailures < FAILURES_BEFORE_LOCK) {
            return Optional.empty();
        }
        int doublings = Math.min(consecutiveFailures - FAILURES_BEFORE_LOCK, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return Optional.of(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
    }
}
