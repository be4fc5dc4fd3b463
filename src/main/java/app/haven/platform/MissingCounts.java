package app.haven.platform;

import java.time.Instant;
import java.util.Map;

/**
 * How often a child has gone missing lately, for lists of children (the register) that show it, filter by it and
 * order by it. The module that keeps missing episodes provides it; a list joins it to its own rows without knowing
 * that module's tables, and the missing module never learns who asks.
 */
public interface MissingCounts {

    /**
     * A join for a FROM clause ({@code LEFT JOIN (...) alias ON ...}) that gives, for the child id in
     * {@code childColumn}, {@code alias.missing_30} and {@code alias.missing_90} (episodes started in the last 30 and
     * 90 days) and {@code alias.missing_now} (true when an episode is open, otherwise NULL). All three are NULL for a
     * child who has never been reported missing: read them with {@code coalesce} where order, arithmetic or display
     * needs a value; a filter on them (e.g. {@code alias.missing_now}) is then strict, so the join can be an inner one. It reads one row
     * per child, so it may be joined to every case of an area. Its parameters start with {@code missing_}.
     */
    String countsJoin(String childColumn, String alias);

    /** The join's parameters at this moment (rounded to the minute, so shared counts can be shared). */
    Map<String, Object> parameters(Instant now);

    /**
     * Brings the counts kept on each open case ({@code child_case.missing_90}: the child's episodes started in the last
     * 90 days, and {@code child_case.missing_now}) to this moment, rounded to the minute as {@link #parameters} is, so
     * that a list may order a whole area by them from an index (ADR 0019). A count of the last 90 days drops as
     * episodes age out with nothing written, so call this before reading in that order; it writes only the counts that
     * changed since they were kept (usually none: one end of two indexes read).
     */
    void keepOrderCurrent(Instant now);

    /**
     * A join for a FROM clause that gives, for the child id in {@code childColumn}, {@code alias.missing_in_period}:
     * the episodes started from {@code :missing_from} (inclusive) to {@code :missing_to} (exclusive), e.g. since a
     * group last met. Its parameters come from {@link #periodParameters}.
     */
    String periodJoin(String childColumn, String alias);

    /** The period join's parameters. */
    Map<String, Object> periodParameters(Instant from, Instant to);
}
