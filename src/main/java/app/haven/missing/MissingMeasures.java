package app.haven.missing;

import app.haven.platform.MeasureSource.Measure;
import app.haven.platform.SqlMeasureSource;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Missing's share of the strategy's measures: episodes, repeat-missing children, and return home interviews offered
 * and held within the partnership's hours (72: statutory guidance 2014) of the return.
 */
@Component
class MissingMeasures extends SqlMeasureSource {

    private static final String RETURNS = """
             FROM missing_episode e LEFT JOIN return_interview r ON r.episode_id = e.id
             CROSS JOIN missing_setting s
            WHERE e.ended_at >= :from_at AND e.ended_at < :to_at
            """;

    MissingMeasures(JdbcClient jdbc) {
        super(jdbc, List.of(episodes(), repeatChildren(), offered(), held()));
    }

    private static SqlMeasure episodes() {
        return SqlMeasure.of(
                new Measure(
                        "missing.episodes",
                        1,
                        "Missing episodes",
                        "Episodes of a child missing, absent or away from placement that began in the period.",
                        "episodes"),
                """
                SELECT e.area_id, e.id AS counted, e.child_id,
                       CASE e.category WHEN 'MISSING' THEN 'Missing' WHEN 'ABSENT' THEN 'Absent' ELSE 'Away from placement'
                       END AS category
                  FROM missing_episode e WHERE e.started_at >= :from_at AND e.started_at < :to_at
                """,
                true);
    }

    private static SqlMeasure repeatChildren() {
        return SqlMeasure.of(
                new Measure(
                        "missing.repeat-children",
                        1,
                        "Repeat-missing children",
                        "Children with at least the partnership's repeat number of episodes (3) beginning in the"
                                + " period in one area.",
                        "children"),
                """
                SELECT e.area_id, e.child_id AS counted, e.child_id, '' AS category
                  FROM missing_episode e CROSS JOIN missing_setting s
                 WHERE e.started_at >= :from_at AND e.started_at < :to_at
                 GROUP BY e.area_id, e.child_id, s.repeat_episodes HAVING count(*) >= s.repeat_episodes
                """,
                true);
    }

    private static SqlMeasure offered() {
        return SqlMeasure.of(
                new Measure(
                        "missing.interviews-offered",
                        1,
                        "Return home interviews offered in time",
                        "Episodes that ended in the period, by whether a return home interview was offered within"
                                + " the partnership's hours (72) of the return.",
                        "returns"),
                """
                SELECT e.area_id, e.id AS counted, e.child_id,
                       CASE WHEN r.offered_at IS NULL THEN 'Not offered'
                            WHEN r.offered_at <= e.ended_at + make_interval(hours => s.interview_hours)
                            THEN 'Offered within 72 hours' ELSE 'Offered later' END AS category
                """ + RETURNS,
                true);
    }

    private static SqlMeasure held() {
        return SqlMeasure.of(
                new Measure(
                        "missing.interviews-held",
                        1,
                        "Return home interviews held in time",
                        "Episodes that ended in the period, by whether the return home interview was held within"
                                + " the partnership's hours (72) of the return.",
                        "returns"),
                """
                SELECT e.area_id, e.id AS counted, e.child_id,
                       CASE WHEN r.held_at IS NULL THEN 'Not held'
                            WHEN r.held_at <= e.ended_at + make_interval(hours => s.interview_hours)
                            THEN 'Held within 72 hours' ELSE 'Held later' END AS category
                """ + RETURNS,
                true);
    }
}
