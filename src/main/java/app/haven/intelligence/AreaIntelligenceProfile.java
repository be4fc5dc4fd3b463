package app.haven.intelligence;

import app.haven.identity.SqlCondition;
import app.haven.platform.HavenPrincipal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What an area's problem profile (insight) takes from intelligence, under intelligence's need-to-know (ADR 0014): the
 * hot-spots of the period, and the persons of concern recorded in the area with links in force in it, described by
 * role, age, sex and how many children they are linked to — never by name. Only entities the user may see count.
 */
@Service
public class AreaIntelligenceProfile {

    static final int HOT_SPOTS = 10;
    static final int PERSONS = 30;

    /** A place and what linked it in the period. */
    public record Place(String label, int episodes, int reports, int disclosures) {}

    /** A person of concern as a profile describes them: role, age at the period's end (when known), sex, links. */
    public record PersonOfConcern(String role, Optional<Integer> age, String sex, int childrenLinked, int links) {}

    /** The area's hot-spots (most linked first) and persons of concern (most children first). */
    public record Profile(List<Place> hotSpots, List<PersonOfConcern> persons) {}

    private final HotSpots hotSpots;
    private final IntelligenceScope scope;
    private final JdbcClient jdbc;

    AreaIntelligenceProfile(HotSpots hotSpots, IntelligenceScope scope, JdbcClient jdbc) {
        this.hotSpots = hotSpots;
        this.scope = scope;
        this.jdbc = jdbc;
    }

    public Profile of(long areaId, LocalDate from, LocalDate toExclusive, HavenPrincipal user) {
        List<Place> places = hotSpots.ranked(from, toExclusive.minusDays(1), Optional.of(areaId), user).stream()
                .limit(HOT_SPOTS)
                .map(s -> new Place(s.label(), s.episodes(), s.reports(), s.disclosures()))
                .toList();
        return new Profile(places, persons(areaId, from, toExclusive, user));
    }

    private List<PersonOfConcern> persons(long areaId, LocalDate from, LocalDate toExclusive, HavenPrincipal user) {
        SqlCondition visible = scope.entities(user, "e");
        return jdbc.sql("""
                        SELECT e.concern_role, p.date_of_birth, coalesce(p.sex, 'NOT_KNOWN') AS sex,
                               count(DISTINCT ch.id) AS children, count(DISTINCT l.id) AS links
                          FROM intel_entity e
                          LEFT JOIN person p ON p.id = e.person_id
                          JOIN intel_link l ON e.id IN (l.from_entity, l.to_entity) AND l.ended_at IS NULL
                               AND NOT l.restricted AND l.valid_from < :to
                               AND (l.valid_to IS NULL OR l.valid_to >= :from)
                          LEFT JOIN intel_entity ch ON ch.id IN (l.from_entity, l.to_entity) AND ch.id <> e.id
                               AND ch.is_child
                         WHERE e.kind = 'PERSON' AND NOT e.is_child AND e.concern_role IS NOT NULL
                           AND e.area_id = :area AND """ + visible.sql() + """
                         GROUP BY e.id, e.concern_role, p.date_of_birth, p.sex
                         ORDER BY children DESC, links DESC, e.id
                         LIMIT :limit
                        """)
                .params(visible.parameters())
                .param("area", areaId)
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(toExclusive))
                .param("limit", PERSONS)
                .query((rs, row) -> new PersonOfConcern(
                        role(rs.getString("concern_role")),
                        Optional.ofNullable(rs.getDate("date_of_birth"))
                                .map(d -> Period.between(d.toLocalDate(), toExclusive.minusDays(1))
                                        .getYears()),
                        sex(rs.getString("sex")),
                        rs.getInt("children"),
                        rs.getInt("links")))
                .list();
    }

    private static String role(String code) {
        return switch (code) {
            case "SUSPECTED_PERPETRATOR" -> "Suspected perpetrator";
            case "FACILITATOR" -> "Facilitator";
            case "EXPLOITED_PEER" -> "Exploited peer";
            default -> "Associate";
        };
    }

    private static String sex(String code) {
        return switch (code) {
            case "FEMALE" -> "Female";
            case "MALE" -> "Male";
            default -> "Not known";
        };
    }
}
