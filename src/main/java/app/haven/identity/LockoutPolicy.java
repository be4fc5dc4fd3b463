package app.haven.identity;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * How long sign-in stays locked after consecutive failed attempts. NCSC advises throttling rather than a
 * permanent lock ("three to ten attempts"): 5 failures from one source lock that source out for a minute, each
 * further failure doubles it, up to an hour, so guessing is slowed to a crawl while the real user is never locked
 * out for long. One source counts at most 5 failures towards the whole account, which locks for everyone (on the
 * same scale) only after 20: guessing from at least four sources.
 */
final class LockoutPolicy {

    static final int FAILURES_BEFORE_LOCK = 5;
    static final int ACCOUNT_FAILURES_BEFORE_LOCK = 20;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofHours(1);
    /** Beyond this many failures past the threshold the lock is always the longest. */
    private static final int DOUBLINGS = 10;

    private LockoutPolicy() {}

    /** The lock that follows the given number of consecutive failures from one source, if any. */
    static Optional<Duration> lockAfter(int consecutiveFailures) {
        return lockAfter(consecutiveFailures, FAILURES_BEFORE_LOCK);
    }

    static Optional<Duration> lockAfter(int consecutiveFailures, int threshold) {
        if (consecutiveFailures < threshold) {
            return Optional.empty();
        }
        int doublings = Math.min(consecutiveFailures - threshold, DOUBLINGS);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return Optional.of(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
    }

    /**
     * The policy as a PostgreSQL array literal for the counting statement: element {@code n} (from 1) is the lock
     * in seconds after {@code n} failures, 0 for none; the last element stands for every count beyond it.
     */
    static String locksInSeconds(int threshold) {
        return IntStream.rangeClosed(1, threshold + DOUBLINGS)
                .mapToObj(n -> String.valueOf(
                        lockAfter(n, threshold).map(Duration::toSeconds).orElse(0L)))
                .collect(Collectors.joining(",", "{", "}"));
    }
}
