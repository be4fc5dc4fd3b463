package app.haven.intelligence;

import app.haven.platform.MeasureSource.Measure;
import app.haven.platform.SqlMeasureSource;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Intelligence's share of the strategy's measures, the link to profiling of abusers: persons of concern linked to
 * several children, and hot-spot locations. Both count links in force at any time in the period, and neither leads
 * to a list of children (what is counted is people of concern and places).
 */
@Component
class IntelligenceMeasures extends SqlMeasureSource {

    /** Links in force during the period between a child's entity {@code ch} and another entity {@code o}. */
    private static final String CHILD_LINKS = """
              FROM intel_link l
              JOIN intel_entity ch ON ch.id IN (l.from_entity, l.to_entity) AND ch.is_child
              JOIN intel_entity o ON o.id IN (l.from_entity, l.to_entity) AND o.id <> ch.id
             WHERE l.ended_at IS NULL AND NOT l.restricted AND l.valid_from < :to_day AND (l.valid_to IS NULL OR l.valid_to >= :from_day)
            """;

    IntelligenceMeasures(JdbcClient jdbc) {
        super(
                jdbc,
                List.of(
                        SqlMeasure.of(
                                new Measure(
                                        "intelligence.persons-linked",
                                        4,
                                        "Persons of concern linked to several children",
                                        "Persons of concern with links in force in the period to two or more"
                                                + " children, by their role.",
                                        "persons of concern"),
                                """
                                SELECT o.area_id, o.id AS counted, CAST(NULL AS bigint) AS child_id,
                                       CASE o.concern_role WHEN 'SUSPECTED_PERPETRATOR' THEN 'Suspected perpetrator'
                                            WHEN 'FACILITATOR' THEN 'Facilitator' ELSE 'Associate' END AS category
                                """ + CHILD_LINKS + """
                                   AND o.kind = 'PERSON' AND NOT o.is_child
                                 GROUP BY o.id, o.area_id, o.concern_role HAVING count(DISTINCT ch.id) >= 2
                                """,
                                false),
                        SqlMeasure.of(
                                new Measure(
                                        "intelligence.hot-spots",
                                        4,
                                        "Hot-spot locations",
                                        "Locations with links in force in the period to two or more children, by the"
                                                + " kind of place.",
                                        "locations"),
                                """
                                SELECT o.area_id, o.id AS counted, CAST(NULL AS bigint) AS child_id,
                                       coalesce((SELECT t.label FROM intel_location_type t WHERE t.code = o.location_type),
                                                'Other place') AS category
                                """ + CHILD_LINKS + """
                                   AND o.kind = 'LOCATION'
                                 GROUP BY o.id, o.area_id, o.location_type HAVING count(DISTINCT ch.id) >= 2
                                """,
                                false)));
    }
}
