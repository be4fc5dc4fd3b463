package app.haven.cases;

import app.haven.platform.MeasureSource.Measure;
import app.haven.platform.SqlMeasureSource.SqlMeasure;
import java.util.List;

/** The register's measures for priority three: support for victims. */
final class CaseSupportMeasures {

    private CaseSupportMeasures() {}

    static final List<SqlMeasure> ALL = List.of(
            SqlMeasure.of(
                    new Measure(
                            "cases.closure-outcome",
                            3,
                            "Outcome at closure (register)",
                            "Cases whose closure was approved in the period, by the risk at closure.",
                            "cases"),
                    """
                    SELECT c.area_id, cc.id AS counted, c.child_id,
                           CASE cc.outcome WHEN 'RISK_REDUCED' THEN 'Risk reduced' WHEN 'RISK_UNCHANGED' THEN 'Risk unchanged'
                                ELSE 'Risk increased' END AS category
                      FROM case_closure cc JOIN child_case c ON c.id = cc.case_id
                     WHERE cc.status = 'APPROVED' AND cc.decided_at >= :from_at AND cc.decided_at < :to_at
                    """,
                    true),
            SqlMeasure.of(
                    new Measure(
                            "cases.plans-child-view",
                            3,
                            "Plans recording the child's view",
                            "Cases open at any time in the period that have a plan, by whether it records the child's"
                                    + " own view.",
                            "plans"),
                    """
                    SELECT c.area_id, c.id AS counted, c.child_id,
                           CASE WHEN length(trim(coalesce(pl.child_view, ''))) > 0 THEN 'Child''s view recorded'
                                ELSE 'Child''s view not recorded' END AS category
                      FROM child_case c JOIN case_plan pl ON pl.case_id = c.id
                     WHERE c.opened_on < :to_day AND (c.closed_on IS NULL OR c.closed_on >= :from_day)
                    """,
                    true),
            SqlMeasure.of(
                    new Measure(
                            "cases.audits-graded",
                            3,
                            "Case file audits graded good or better",
                            "Case file audits made in the period, by grade: outstanding and good are good or better.",
                            "audits"),
                    """
                    SELECT c.area_id, a.id AS counted, c.child_id,
                           CASE WHEN a.grade IN ('OUTSTANDING', 'GOOD') THEN 'Good or better'
                                ELSE 'Requires improvement or inadequate' END AS category
                      FROM case_file_audit a JOIN child_case c ON c.id = a.case_id
                     WHERE a.audited_at >= :from_at AND a.audited_at < :to_at
                    """,
                    true),
            SqlMeasure.of(
                    new Measure(
                            "cases.transitions",
                            3,
                            "Transitions to adult services",
                            "Children with additional needs whose case closed in the period because they turned 18 or"
                                    + " were transferred, by the reason recorded (the register's nearest record of"
                                    + " a transition to adult services).",
                            "children"),
                    """
                    SELECT c.area_id, c.child_id AS counted, c.child_id,
                           CASE cc.reason WHEN 'TURNED_18' THEN 'Turned 18' ELSE 'Transferred' END AS category
                      FROM case_closure cc JOIN child_case c ON c.id = cc.case_id JOIN person p ON p.id = c.child_id
                     WHERE cc.status = 'APPROVED' AND cc.reason IN ('TURNED_18', 'TRANSFERRED')
                       AND cc.decided_at >= :from_at AND cc.decided_at < :to_at
                       AND (p.send_status IN ('SEN_SUPPORT', 'EHC_PLAN') OR p.learning_disability)
                    """,
                    true));
}
