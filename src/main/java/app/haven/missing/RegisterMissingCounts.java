package app.haven.missing;

import app.haven.platform.MissingCounts;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The missing counts the register joins to its rows, from {@code missing_child_summary} (V320): one row per child who
 * has been missing, kept current by triggers on every episode write, with the starts of its episodes sorted. A count
 * since a moment is then a binary search of that array ({@link RepeatMissing}) rather than a read of the child's
 * episodes, so a whole area's register can be filtered by missing episodes on every request. For the register's
 * missing order the 90-day count is kept ahead on each open case (V395, ADR 0019) and rolled forward here.
 */
@Component
class RegisterMissingCounts implements MissingCounts {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");

    private final JdbcClient jdbc;

    RegisterMissingCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String countsJoin(String childColumn, String alias) {
        checkNames(childColumn, alias);
        // A plain derived table, so the planner joins it like the table itself: a hash join over a whole area, an
        // index look-up per row of a page. Every column is strict (NULL without an open episode, not false), so a
        // filter
        // on one makes the join an inner join and "missing now" reads missing_child_summary_open_idx (V360) alone.
        return " LEFT JOIN (SELECT s.child_id, " + RepeatMissing.countSince("s", ":missing_before30")
                + " AS missing_30, "
                + RepeatMissing.countSince("s", ":missing_before90") + " AS missing_90,"
                + " s.open_since > '-infinity'::timestamptz AS missing_now FROM missing_child_summary s) " + alias
                + " ON " + alias
                + ".child_id = " + childColumn;
    }

    @Override
    public Map<String, Object> parameters(Instant now) {
        Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
        return Map.of(
                "missing_before30", RepeatMissing.justBefore(Timestamp.from(minute.minus(Duration.ofDays(30)))),
                "missing_before90", RepeatMissing.justBefore(Timestamp.from(minute.minus(Duration.ofDays(90)))));
    }

    @Override
    public void keepOrderCurrent(Instant now) {
        // Its own statement, committed at once: a count that changed is written once, by whichever request comes
        // first; the others find nothing stale (or wait for that row's lock and then find it recounted).
        jdbc.sql("SELECT missing_counts_roll(:at)")
                .param("at", Timestamp.from(now.truncatedTo(ChronoUnit.MINUTES)))
                .query(Integer.class)
                .single();
    }

    @Override
    public String periodJoin(String childColumn, String alias) {
        checkNames(childColumn, alias);
        return " LEFT JOIN LATERAL (SELECT count(*) AS missing_in_period FROM missing_episode me WHERE me.child_id = "
                + childColumn + " AND me.started_at >= :missing_from AND me.started_at < :missing_to) " + alias
                + " ON true";
    }

    @Override
    public Map<String, Object> periodParameters(Instant from, Instant to) {
        return Map.of("missing_from", Timestamp.from(from), "missing_to", Timestamp.from(to));
    }

    private static void checkNames(String childColumn, String alias) {
        if (!NAME.matcher(childColumn).matches() || !NAME.matcher(alias).matches()) {
            throw new IllegalArgumentException("not a column or alias: " + childColumn + ", " + alias);
        }
    }
}
