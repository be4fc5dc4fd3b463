package app.haven.intelligence;

import app.haven.intelligence.network.ManyChildren;
import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the "one adult, many children" rule ({@link ManyChildren}) when a link to or from a person of concern is
 * written or ended, in the same transaction and under a lock on the person, so two links written at once cannot both
 * miss or both raise the crossing. Raising stores one alert and tells, through the inbox, the analysts and the
 * coordinators of every area involved (of the new areas only, when a new area joins).
 */
@Service
class ManyChildrenAlerts {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ManyChildrenAlerts(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Checks the rule for this entity if it is a person of concern; returns what was decided. */
    @Transactional
    ManyChildren.Action check(long entityId) {
        boolean concern = jdbc.sql("SELECT concern_role IS NOT NULL FROM intel_entity WHERE id = :id")
                .param("id", entityId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
        if (!concern) {
            return ManyChildren.Action.NOTHING;
        }
        jdbc.sql("SELECT pg_advisory_xact_lock(240, CAST(:id AS integer))")
                .param("id", (int) entityId)
                .query((rs, row) -> 1)
                .list();
        Map<Long, Long> children = childAreas(entityId);
        Set<Long> areas = new TreeSet<>(children.values());
        ManyChildren.Decision decision =
                ManyChildren.decide(threshold(), children.size(), areas, alertedAreas(entityId));
        switch (decision.action()) {
            case RAISE, NEW_AREAS -> raise(entityId, children.size(), areas, decision.areas());
            case CLEAR -> clear(entityId);
            case NOTHING -> {}
        }
        return decision.action();
    }

    private Map<Long, Long> childAreas(long entityId) {
        return jdbc
                .sql("""
                        SELECT DISTINCT c.id, c.area_id FROM intel_link l
                          JOIN intel_entity c ON c.id = CASE WHEN l.from_entity = :e THEN l.to_entity ELSE l.from_entity END
                         WHERE (l.from_entity = :e OR l.to_entity = :e) AND l.ended_at IS NULL AND c.is_child
                        """)
                .param("e", entityId)
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    private int threshold() {
        return jdbc.sql("SELECT alert_children FROM intel_setting")
                .query(Integer.class)
                .single();
    }

    /** The areas told by the alert still standing for this person, empty when none stands. */
    private Optional<Set<Long>> alertedAreas(long entityId) {
        List<Long[]> standing = jdbc.sql("SELECT area_ids FROM intel_alert WHERE entity_id = :e AND cleared_at IS NULL")
                .param("e", entityId)
                .query((rs, row) -> (Long[]) ((Array) rs.getArray(1)).getArray())
                .list();
        if (standing.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> told = new HashSet<>();
        standing.forEach(areas -> told.addAll(List.of(areas)));
        return Optional.of(told);
    }

    private void raise(long entityId, int children, Set<Long> allAreas, Set<Long> toTell) {
        long alertId = jdbc.sql("""
                        INSERT INTO intel_alert (entity_id, children, area_ids, new_area_ids, raised_at)
                        VALUES (:e, :children, CAST(:all AS bigint[]), CAST(:fresh AS bigint[]), :now) RETURNING id
                        """)
                .param("e", entityId)
                .param("children", children)
                .param("all", arrayText(allAreas))
                .param("fresh", arrayText(toTell))
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        for (long user : recipients(toTell)) {
            events.publishEvent(
                    IntelligenceTask.manyChildren(alertId, entityId, user, children, allAreas.size(), today));
        }
    }

    /** The intelligence analysts and CSE coordinators working in these areas. */
    List<Long> recipients(Set<Long> areas) {
        return jdbc.sql("""
                        SELECT DISTINCT u.id FROM user_account u
                          JOIN user_area ua ON ua.user_id = u.id JOIN user_role ur ON ur.user_id = u.id
                         WHERE u.enabled AND ua.area_id IN (:areas)
                           AND (ur.role_code = 'CSE_COORDINATOR' OR EXISTS (SELECT 1 FROM role_permission rp
                                 WHERE rp.role_code = ur.role_code AND rp.permission_code = 'GRADE_INTELLIGENCE'))
                         ORDER BY u.id
                        """)
                .param("areas", List.copyOf(areas))
                .query(Long.class)
                .list();
    }

    private static String arrayText(Set<Long> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    /**
     * A person no longer flagged as of concern has no alert standing: one raised while they were is over (a later flag
     * and crossing raise a new one). True when one was standing.
     */
    @Transactional
    boolean unflagged(long entityId) {
        return clear(entityId);
    }

    private boolean clear(long entityId) {
        return jdbc.sql("UPDATE intel_alert SET cleared_at = :now WHERE entity_id = :e AND cleared_at IS NULL")
                        .param("now", Timestamp.from(clock.instant()))
                        .param("e", entityId)
                        .update()
                > 0;
    }
}
