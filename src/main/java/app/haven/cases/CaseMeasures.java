package app.haven.cases;

import app.haven.platform.MeasureSource.Measure;
import app.haven.platform.SqlMeasureSource;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The register's share of the strategy's measures: children identified at risk (new in the period and open at its
 * end, with the strategy's breakdowns), planning meetings for new cases, outcome at closure, plans recording the
 * child's view, case file audits graded good or better, and transitions to adult services.
 */
@Component
class CaseMeasures extends SqlMeasureSource {

    private static final String NEW_CASES = " FROM child_case c JOIN person p ON p.id = c.child_id"
            + " WHERE c.opened_on >= :from_day AND c.opened_on < :to_day";
    private static final String OPEN_AT_END = " FROM child_case c JOIN person p ON p.id = c.child_id"
            + " WHERE c.opened_on < :to_day AND (c.closed_on IS NULL OR c.closed_on >= :to_day)";

    CaseMeasures(JdbcClient jdbc) {
        super(jdbc, sqlMeasures());
    }

    private static List<SqlMeasure> sqlMeasures() {
        List<SqlMeasure> all = new ArrayList<>();
        all.addAll(children(
                "cases.children-new",
                "Children identified at risk",
                "Children whose case on the register was opened in the period, each child once.",
                NEW_CASES));
        all.addAll(children(
                "cases.children-open",
                "Children on the register at the end of the period",
                "Children with a case open on the period's last day.",
                OPEN_AT_END));
        all.add(SqlMeasure.of(
                new Measure(
                        "cases.planning-meetings",
                        1,
                        "Planning meetings for new cases",
                        "Cases opened in the period, by whether the planning meeting was held by its due date.",
                        "cases"),
                """
                SELECT c.area_id, c.id AS counted, c.child_id,
                       CASE WHEN c.planning_meeting_held_on IS NULL THEN 'Not held'
                            WHEN c.planning_meeting_held_on <= c.planning_meeting_due_on THEN 'Held on time'
                            ELSE 'Held late' END AS category
                """ + NEW_CASES,
                true));
        all.addAll(CaseSupportMeasures.ALL);
        return all;
    }

    /** A headline count of children and one breakdown per way the strategy divides them. */
    private static List<SqlMeasure> children(String code, String title, String how, String from) {
        List<SqlMeasure> measures = new ArrayList<>();
        measures.add(SqlMeasure.of(
                new Measure(code, 1, title, how, "children"),
                "SELECT c.area_id, c.child_id AS counted, c.child_id, '' AS category" + from,
                true));
        for (CaseMeasureBreakdowns breakdown : CaseMeasureBreakdowns.ALL) {
            measures.add(SqlMeasure.of(
                    new Measure(code + "." + breakdown.code(), 1, title + " " + breakdown.title(), how, "children"),
                    "SELECT c.area_id, c.child_id AS counted, c.child_id, " + breakdown.expression() + " AS category"
                            + from,
                    true));
        }
        return measures;
    }
}
