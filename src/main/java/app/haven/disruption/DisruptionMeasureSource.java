package app.haven.disruption;

import app.haven.platform.MeasureSource;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The disruption module's share of the partnership's measures (strategy priority 4, "disrupt and prosecute"), counted
 * from its own tables per area of the subject's record when the measure or prosecution was recorded.
 */
@Component
class DisruptionMeasureSource implements MeasureSource {

    static final String BY_TYPE = "disruption.measures-by-type";
    static final String BREACHES = "disruption.breaches";
    static final String PROSECUTIONS = "disruption.prosecutions-by-outcome";
    static final String PERSONS = "disruption.persons-subject-to-measure";

    private static final List<Measure> MEASURES = List.of(
            new Measure(
                    BY_TYPE,
                    4,
                    "Disruption measures issued, by type",
                    "Measures issued in the period against persons of concern and places, by kind (CAWN, orders,"
                            + " notices, arrests, warrants, licensing reviews)",
                    "measures"),
            new Measure(
                    BREACHES,
                    4,
                    "Breaches of disruption measures",
                    "Breaches recorded as happening in the period, by the area of the measure",
                    "breaches"),
            new Measure(
                    PROSECUTIONS,
                    4,
                    "Prosecutions, by stage and outcome",
                    "Suspects charged in the period (Charged), and cases that ended in the period as Convicted,"
                            + " Acquitted or Discontinued",
                    "prosecutions"),
            new Measure(
                    PERSONS,
                    4,
                    "Persons of concern subject to a disruption measure",
                    "Distinct persons of concern with a measure in force on any day of the period (issued before its"
                            + " end, not expired or ended before its start)",
                    "people"));

    private final JdbcClient jdbc;

    DisruptionMeasureSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Measure> measures() {
        return MEASURES;
    }

    @Override
    public List<Count> count(String measureCode, LocalDate from, LocalDate toExclusive) {
        String sql = switch (measureCode) {
            case BY_TYPE -> """
                    SELECT m.area_id, t.label AS category, count(*) AS n FROM disruption_measure m
                      JOIN disruption_measure_type t ON t.code = m.type_code
                     WHERE m.issued_on >= :from AND m.issued_on < :to GROUP BY m.area_id, t.label""";
            case BREACHES -> """
                    SELECT m.area_id, '' AS category, count(*) AS n FROM disruption_breach b
                      JOIN disruption_measure m ON m.id = b.measure_id
                     WHERE b.occurred_on >= :from AND b.occurred_on < :to GROUP BY m.area_id""";
            case PROSECUTIONS -> """
                    SELECT area_id, 'Charged' AS category, count(*) AS n FROM disruption_prosecution
                     WHERE charged_on >= :from AND charged_on < :to GROUP BY area_id
                    UNION ALL
                    SELECT area_id, initcap(outcome), count(*) FROM disruption_prosecution
                     WHERE outcome_on >= :from AND outcome_on < :to GROUP BY area_id, outcome""";
            case PERSONS -> """
                    SELECT m.area_id, '' AS category, count(DISTINCT m.subject_entity_id) AS n FROM disruption_measure m
                     WHERE m.subject_kind = 'PERSON' AND m.issued_on < :to
                       AND (m.expires_on IS NULL OR m.expires_on >= :from)
                       AND (m.ended_on IS NULL OR m.ended_on >= :from) GROUP BY m.area_id""";
            default -> throw new IllegalArgumentException("not a disruption measure: " + measureCode);
        };
        return jdbc.sql(sql)
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(toExclusive))
                .query((rs, row) ->
                        new Count(rs.getObject("area_id", Long.class), rs.getString("category"), rs.getLong("n")))
                .list();
    }
}
