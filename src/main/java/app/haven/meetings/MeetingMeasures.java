package app.haven.meetings;

import app.haven.platform.MeasureSource.Measure;
import app.haven.platform.SqlMeasureSource;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Meetings' share of the strategy's measures: strategy discussions held by their due date, and meeting actions
 * completed on time. A strategy discussion counts in the child's home area.
 */
@Component
class MeetingMeasures extends SqlMeasureSource {

    MeetingMeasures(JdbcClient jdbc) {
        super(
                jdbc,
                List.of(
                        SqlMeasure.of(
                                new Measure(
                                        "meetings.strategy-discussions",
                                        1,
                                        "Strategy discussions",
                                        "Strategy discussions due in the period, by whether they were held by the due"
                                                + " date.",
                                        "discussions"),
                                """
                                SELECT p.area_id, sd.id AS counted, sd.child_id,
                                       CASE WHEN sd.held_on IS NULL THEN 'Not yet held'
                                            WHEN sd.held_on <= sd.due_on THEN 'Held on time' ELSE 'Held late' END AS category
                                  FROM strategy_discussion sd JOIN person p ON p.id = sd.child_id
                                 WHERE sd.due_on >= :from_day AND sd.due_on < :to_day
                                """,
                                true),
                        SqlMeasure.of(
                                new Measure(
                                        "meetings.actions-on-time",
                                        3,
                                        "Meeting actions completed on time",
                                        "Actions of multi-agency meetings due in the period (not cancelled), by whether"
                                                + " they were done by the due date.",
                                        "actions"),
                                """
                                SELECT m.area_id, a.id AS counted, CAST(NULL AS bigint) AS child_id,
                                       CASE WHEN a.status = 'DONE'
                                                 AND CAST(a.closed_at AT TIME ZONE 'Europe/London' AS date) <= a.due_on
                                            THEN 'Done on time' WHEN a.status = 'DONE' THEN 'Done late'
                                            ELSE 'Not done' END AS category
                                  FROM meeting_action a JOIN meeting m ON m.id = a.meeting_id
                                 WHERE a.status <> 'CANCELLED' AND a.due_on >= :from_day AND a.due_on < :to_day
                                """,
                                false)));
    }
}
