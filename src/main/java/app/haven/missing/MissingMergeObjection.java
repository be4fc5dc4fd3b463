package app.haven.missing;

import app.haven.platform.MergeObjection;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A child cannot be missing twice at once (SSDA903 rules, domain reference section 5): two records whose episodes
 * overlap in time, or that are both missing now, are not merged until the episodes are put right, because merged
 * records' episodes count as one child's and the return would be refused. Usually it is one episode reported twice.
 */
@Component
class MissingMergeObjection implements MergeObjection {

    private final JdbcClient jdbc;

    MissingMergeObjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> objection(List<Long> keptRecords, List<Long> mergedRecords) {
        return jdbc.sql("""
                        SELECT a.started_at, b.started_at FROM missing_episode a JOIN missing_episode b
                            ON tstzrange(a.started_at, coalesce(a.ended_at, 'infinity'), '[)')
                               && tstzrange(b.started_at, coalesce(b.ended_at, 'infinity'), '[)')
                         WHERE a.child_id IN (:kept) AND b.child_id IN (:merged)
                         ORDER BY a.started_at, b.started_at LIMIT 1
                        """)
                .param("kept", keptRecords)
                .param("merged", mergedRecords)
                .query((rs, row) -> explain(rs.getTimestamp(1), rs.getTimestamp(2)))
                .optional();
    }

    private static String explain(Timestamp kept, Timestamp merged) {
        return "Both records have a missing episode at the same time (one started "
                + MissingDates.format(kept.toInstant()) + ", the other " + MissingDates.format(merged.toInstant())
                + "). A child cannot be missing twice at once, so it is probably one episode reported twice: ask the"
                + " missing coordinator to put the episodes right, then merge the records";
    }
}
