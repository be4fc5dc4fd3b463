package app.haven.disruption;

import app.haven.platform.SqlMeasureSource;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The disruption module's share of the partnership's measures (strategy priority 4, "disrupt and prosecute"), counted
 * from its own tables per area of the subject's record when the measure or prosecution was recorded. None drills to
 * children: a measure or prosecution is counted against a person of concern or a place.
 */
@Component
class DisruptionMeasureSource extends SqlMeasureSource {

    static final String BY_TYPE = "disruption.measures-by-type";
    static final String BREACHES = "disruption.breaches";
    static final String PROSECUTIONS = "disruption.prosecutions-by-outcome";
    static final String PERSONS = "disruption.persons-subject-to-measure";

    private static final List<SqlMeasure> MEASURES = List.of(
            SqlMeasure.of(
                    new Measure(
                            BY_TYPE,
                            4,
                            "Disruption measures issued, by type",
                            "Measures issued in the period against persons of concern and places, by kind (CAWN,"
                                    + " orders, notices, arrests, warrants, licensing reviews)",
                            "measures"),
                    """
                    SELECT m.area_id, t.label AS category, m.id AS counted, CAST(NULL AS bigint) AS child_id
                      FROM disruption_measure m JOIN disruption_measure_type t ON t.code = m.type_code
                     WHERE m.issued_on >= :from_day AND m.issued_on < :to_day
                    """,
                    false),
            SqlMeasure.of(
                    new Measure(
                            BREACHES,
                            4,
                            "Breaches of disruption measures",
                            "Breaches recorded as happening in the period, by the area of the measure",
                            "breaches"),
                    """
                    SELECT m.area_id, '' AS category, b.id AS counted, CAST(NULL AS bigint) AS child_id
                      FROM disruption_breach b JOIN disruption_measure m ON m.id = b.measure_id
                     WHERE b.occurred_on >= :from_day AND b.occurred_on < :to_day
                    """,
                    false),
            SqlMeasure.of(
                    new Measure(
                            PROSECUTIONS,
                            4,
                            "Prosecutions, by stage and outcome",
                            "Suspects charged in the period (Charged), and cases that ended in the period as"
                                    + " Convicted, Acquitted or Discontinued",
                            "prosecutions"),
                    """
                    SELECT area_id, 'Charged' AS category, id AS counted, CAST(NULL AS bigint) AS child_id
                      FROM disruption_prosecution WHERE charged_on >= :from_day AND charged_on < :to_day
                    UNION ALL
                    SELECT area_id, initcap(outcome), id, NULL FROM disruption_prosecution
                     WHERE outcome_on >= :from_day AND outcome_on < :to_day
                    """,
                    false),
            SqlMeasure.of(
                    new Measure(
                            PERSONS,
                            4,
                            "Persons of concern subject to a disruption measure",
                            "Distinct persons of concern with a measure in force on any day of the period (issued"
                                    + " before its end, not expired or ended before its start)",
                            "people"),
                    """
                    SELECT m.area_id, '' AS category, m.subject_entity_id AS counted, CAST(NULL AS bigint) AS child_id
                      FROM disruption_measure m
                     WHERE m.subject_kind = 'PERSON' AND m.issued_on < :to_day
                       AND (m.expires_on IS NULL OR m.expires_on >= :from_day)
                       AND (m.ended_on IS NULL OR m.ended_on >= :from_day)
                    """,
                    false));

    DisruptionMeasureSource(JdbcClient jdbc) {
        super(jdbc, MEASURES);
    }
}
