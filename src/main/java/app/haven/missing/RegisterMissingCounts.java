package app.haven.missing;

import app.haven.platform.MissingCounts;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The missing counts the register joins to its rows: per child, one index range over the child's recent episodes
 * and one look-up of its open one, so a page of fifty reads fifty small ranges and a filter over an area two per case.
 */
@Component
class RegisterMissingCounts implements MissingCounts {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");

    @Override
    public String lateralJoin(String childColumn, String alias) {
        if (!NAME.matcher(childColumn).matches() || !NAME.matcher(alias).matches()) {
            throw new IllegalArgumentException("not a column or alias: " + childColumn + ", " + alias);
        }
        // Two index ranges per child: its episodes of the last 90 days (missing_episode_child_idx), and its open
        // episode if any (missing_episode_one_open_idx), rather than every episode it ever had filtered one by one.
        return " LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE me.started_at >= :missing_since30) AS missing_30,"
                + " count(*) AS missing_90,"
                + " EXISTS (SELECT 1 FROM missing_episode mo WHERE mo.child_id = " + childColumn
                + " AND mo.ended_at IS NULL) AS missing_now"
                + " FROM missing_episode me WHERE me.child_id = " + childColumn
                + " AND me.started_at >= :missing_since90) " + alias + " ON true";
    }

    @Override
    public Map<String, Object> parameters(Instant now) {
        Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
        return Map.of(
                "missing_since30", Timestamp.from(minute.minus(Duration.ofDays(30))),
                "missing_since90", Timestamp.from(minute.minus(Duration.ofDays(90))));
    }

    @Override
    public String periodJoin(String childColumn, String alias) {
        if (!NAME.matcher(childColumn).matches() || !NAME.matcher(alias).matches()) {
            throw new IllegalArgumentException("not a column or alias: " + childColumn + ", " + alias);
        }
        return " LEFT JOIN LATERAL (SELECT count(*) AS missing_in_period FROM missing_episode me WHERE me.child_id = "
                + childColumn + " AND me.started_at >= :missing_from AND me.started_at < :missing_to) " + alias
                + " ON true";
    }

    @Override
    public Map<String, Object> periodParameters(Instant from, Instant to) {
        return Map.of("missing_from", Timestamp.from(from), "missing_to", Timestamp.from(to));
    }
}
