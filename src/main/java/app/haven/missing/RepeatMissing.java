package app.haven.missing;

import java.sql.Timestamp;

/**
 * Counting a child's episodes since a moment from {@code missing_child_summary} (V320), whose {@code starts} are sorted:
 * {@code width_bucket(x, starts)} is how many starts are at or before {@code x} (a binary search), so with {@code x} a
 * microsecond (PostgreSQL's resolution) before the moment, the rest are the episodes started at or after it.
 */
final class RepeatMissing {

    private RepeatMissing() {}

    /** SQL for the number of the summary {@code alias}'s episodes started at or after the moment just after {@code before}. */
    static String countSince(String alias, String before) {
        return "(cardinality(" + alias + ".starts) - width_bucket(CAST(" + before + " AS timestamptz), " + alias
                + ".starts))";
    }

    /** The parameter for {@link #countSince}: a microsecond before {@code since}. */
    static Timestamp justBefore(Timestamp since) {
        return Timestamp.from(since.toInstant().minusNanos(1_000));
    }
}
