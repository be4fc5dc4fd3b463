package app.haven.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Follows a table through a version column set from a sequence on every insert and update, so an in-memory index on
 * every node can read just what changed since the last version it saw (ADR 0006). A version skipped by a transaction
 * still running when the index read may commit later: such gaps are looked for again, at most once a second, for
 * {@link #GAP_SECONDS}. Not thread-safe for reading changes: the index calls {@link #saw} under its own lock.
 */
public final class ChangeFeed {

    /** A version not yet seen may belong to a transaction still running; look for it again for this long. */
    public static final long GAP_SECONDS = 120;

    private final Clock clock;
    private final Map<Long, Instant> gaps = new ConcurrentHashMap<>();
    private volatile long lastVersion;
    private volatile Instant lastGapCheck = Instant.EPOCH;

    public ChangeFeed(Clock clock) {
        this.clock = clock;
    }

    /** Whether the index should read: something newer than it has seen, or gaps due to be looked for again. */
    public boolean due(long newestVersion) {
        return newestVersion > lastVersion
                || (!gaps.isEmpty() && clock.instant().isAfter(lastGapCheck.plusSeconds(1)));
    }

    /** Read rows with a version above this one... */
    public long since() {
        return lastVersion;
    }

    /** ...or in this PostgreSQL array literal of gaps, e.g. {@code {12,15}} (bind as text, cast to bigint[]). */
    public String gapArray() {
        return gaps.keySet().stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    /** Records the versions a read found (read from {@link #since()}): newly skipped ones become gaps. */
    public void saw(long since, Set<Long> versions) {
        Instant now = clock.instant();
        lastGapCheck = now;
        long newest = versions.stream().mapToLong(Long::longValue).max().orElse(since);
        versions.forEach(gaps::remove);
        for (long v = since + 1; v < newest && newest - since < 10_000; v++) {
            if (!versions.contains(v)) {
                gaps.putIfAbsent(v, now);
            }
        }
        gaps.values().removeIf(first -> first.isBefore(now.minusSeconds(GAP_SECONDS)));
        lastVersion = Math.max(since, newest);
    }
}
