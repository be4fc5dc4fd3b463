package app.haven.missing;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Fills the missing tables for a benchmark in a few set-based statements: for every child of the register's
 * population, a run of episodes spread evenly over the last 365 days (never overlapping: one every {@code 365 /
 * perChild} days, each 20 hours long), alternately missing and away, the child looked after; the newest episode of
 * one child in fifty still open; interviews recorded for four in five returned episodes, and the rest due or overdue.
 * The per-child summary the register counts from (V320) is filled by its triggers as the episodes go in, as in use.
 */
final class MissingPopulation {

    private MissingPopulation() {}

    /** Adds {@code perArea} episodes in each of the areas for the children already involved there. */
    static long load(DataSource dataSource, List<Long> areaIds, long recorder, int perArea) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            String areas = areaIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
            sql.execute("CREATE TEMP TABLE bench_child AS SELECT DISTINCT ci.child_id, ci.area_id,"
                    + " row_number() OVER (PARTITION BY ci.area_id ORDER BY ci.child_id) AS k,"
                    + " count(*) OVER (PARTITION BY ci.area_id) AS n"
                    + " FROM child_involvement ci WHERE ci.area_id IN (" + areas + ")");
            sql.execute(
                    "UPDATE person SET looked_after_status = 'LOOKED_AFTER' WHERE id IN (SELECT child_id FROM bench_child)");
            // Episode j of child k: one every (365 days / episodes per child), offset by the child so starts spread.
            sql.execute("""
                    INSERT INTO missing_episode (child_id, area_id, category, reported_by, reported_at, started_at,
                           ended_at, risk_grade, risk_reason, graded_by, looked_after, recorded_by, recorded_at,
                           return_recorded_by, return_recorded_at, interview_due_at)
                    SELECT c.child_id, c.area_id, CASE j %% 2 WHEN 0 THEN 'MISSING' ELSE 'AWAY' END, 'Seeded carer',
                           s.started + interval '1 hour', s.started, e.ended,
                           (ARRAY['NO_APPARENT_RISK','LOW','MEDIUM','HIGH'])[(c.k + j) %% 4 + 1], 'Seeded grading',
                           'Seeded officer', true, %d, s.started, CASE WHEN e.ended IS NOT NULL THEN %d END, e.ended,
                           CASE WHEN e.ended IS NOT NULL AND (c.k + j) %% 5 = 0 THEN e.ended + interval '72 hours' END
                      FROM bench_child c
                      CROSS JOIN LATERAL generate_series(0, ceil(%d::numeric / c.n)::int - 1) j
                      CROSS JOIN LATERAL (SELECT now() - interval '1 hour'
                             - (j * (365.0 / ceil(%d::numeric / c.n))) * interval '1 day'
                             - (c.k %% 97) * interval '1 hour' AS started) s
                      CROSS JOIN LATERAL (SELECT CASE WHEN j = 0 AND c.k %% 50 = 0 THEN NULL
                             ELSE s.started + interval '20 hours' END AS ended) e
                     WHERE (c.k - 1) * ceil(%d::numeric / c.n) + j < %d
                    """.formatted(recorder, recorder, perArea, perArea, perArea, perArea));
            // Pull the open episodes' returns back to the past, and make sure none ends in the future.
            sql.execute("UPDATE missing_episode SET ended_at = now() - interval '1 minute',"
                    + " return_recorded_at = now() - interval '1 minute' WHERE ended_at > now()");
            sql.execute("""
                    INSERT INTO return_interview (episode_id, outcome, offered_at, held_at, conducted_by,
                           conducted_agency_id, where_and_with_whom, recorded_at)
                    SELECT e.id, 'COMPLETED', e.ended_at + interval '6 hours', e.ended_at + interval '30 hours', %d,
                           (SELECT agency_id FROM user_account WHERE id = %d), 'Seeded', e.ended_at + interval '30 hours'
                      FROM missing_episode e JOIN bench_child c ON c.child_id = e.child_id
                     WHERE e.ended_at IS NOT NULL AND e.interview_due_at IS NULL
                    """.formatted(recorder, recorder));
            for (String table : List.of("person", "missing_episode", "missing_child_summary", "return_interview")) {
                sql.execute("VACUUM ANALYZE " + table);
            }
            sql.execute("CHECKPOINT");
            try (var rs = sql.executeQuery("SELECT count(*) FROM missing_episode")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
