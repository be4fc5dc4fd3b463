package app.haven.disruption;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.intelligence.EntityView;
import app.haven.platform.HavenPrincipal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learning from perpetrators (strategy priority four): behaviour-change interventions offered, attended and completed,
 * and structured debriefs whose themes are coded from the catalogue (and counted by {@link CodedDebriefThemes}).
 */
@Service
class Learning {

    private final JdbcClient jdbc;
    private final DisruptionCatalogue catalogue;
    private final AuditLog audit;
    private final Clock clock;

    Learning(JdbcClient jdbc, DisruptionCatalogue catalogue, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long recordIntervention(
            EntityView subject,
            String programme,
            LocalDate offered,
            Optional<LocalDate> attended,
            Optional<LocalDate> completed,
            HavenPrincipal user) {
        LocalDate today = DisruptionDates.today(clock);
        if (offered.isAfter(today)
                || attended.filter(a -> a.isBefore(offered) || a.isAfter(today)).isPresent()) {
            throw new RecordRefused("attendedOn", "Dates must be in the past, and attended on or after offered");
        }
        if (completed.isPresent()
                && (attended.isEmpty()
                        || completed.get().isBefore(attended.get())
                        || completed.get().isAfter(today))) {
            throw new RecordRefused("completedOn", "A completed programme was attended first, on or before completion");
        }
        long id = jdbc.sql("""
                        INSERT INTO disruption_intervention (subject_entity_id, area_id, programme, offered_on,
                               attended_on, completed_on, recorded_by, recorded_at)
                        VALUES (:s, :area, :programme, :offered, :attended, :completed, :by, :now) RETURNING id
                        """)
                .param("s", subject.id())
                .param("area", subject.areaId())
                .param("programme", programme)
                .param("offered", Date.valueOf(offered))
                .param("attended", attended.map(Date::valueOf).orElse(null))
                .param("completed", completed.map(Date::valueOf).orElse(null))
                .param("by", user.userId())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        audit.record(AuditAction.CREATE, "disruption-intervention", id, Optional.empty(), Optional.empty());
        return id;
    }

    @Transactional
    long recordDebrief(
            EntityView subject, LocalDate heldOn, List<String> themes, Optional<String> notes, HavenPrincipal user) {
        Set<String> known =
                catalogue.themes().stream().map(DisruptionCatalogue.Theme::code).collect(Collectors.toSet());
        if (themes.isEmpty() || !known.containsAll(themes)) {
            throw new RecordRefused("themes", "Select the themes the debrief showed");
        }
        if (heldOn.isAfter(DisruptionDates.today(clock))) {
            throw new RecordRefused("heldOn", "The debrief must be today or in the past");
        }
        long id = jdbc.sql("""
                        INSERT INTO disruption_debrief (subject_entity_id, area_id, held_on, notes, recorded_by, recorded_at)
                        VALUES (:s, :area, :held, :notes, :by, :now) RETURNING id
                        """)
                .param("s", subject.id())
                .param("area", subject.areaId())
                .param("held", Date.valueOf(heldOn))
                .param("notes", notes.orElse(null))
                .param("by", user.userId())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        for (String theme : Set.copyOf(themes)) {
            jdbc.sql("INSERT INTO disruption_debrief_coded (debrief_id, theme_code) VALUES (:d, :t)")
                    .param("d", id)
                    .param("t", theme)
                    .update();
        }
        audit.record(AuditAction.CREATE, "disruption-debrief", id, Optional.empty(), Optional.of(themes.toString()));
        return id;
    }

    List<InterventionView> interventions(long entityId) {
        return jdbc.sql(
                        "SELECT * FROM disruption_intervention WHERE subject_entity_id = :e ORDER BY offered_on DESC, id")
                .param("e", entityId)
                .query((rs, row) -> new InterventionView(
                        rs.getLong("id"),
                        rs.getString("programme"),
                        rs.getDate("offered_on").toLocalDate(),
                        Optional.ofNullable(rs.getDate("attended_on")).map(Date::toLocalDate),
                        Optional.ofNullable(rs.getDate("completed_on")).map(Date::toLocalDate)))
                .list();
    }

    List<DebriefView> debriefs(long entityId) {
        return jdbc.sql("""
                        SELECT d.id, d.held_on, d.notes,
                               array_to_string(ARRAY(SELECT t.label FROM disruption_debrief_coded c
                                   JOIN disruption_debrief_theme t ON t.code = c.theme_code
                                  WHERE c.debrief_id = d.id ORDER BY t.position), '|') AS themes
                          FROM disruption_debrief d WHERE d.subject_entity_id = :e ORDER BY d.held_on DESC, d.id
                        """)
                .param("e", entityId)
                .query((rs, row) -> new DebriefView(
                        rs.getLong("id"),
                        rs.getDate("held_on").toLocalDate(),
                        List.of(rs.getString("themes").split("\\|")),
                        Optional.ofNullable(rs.getString("notes"))))
                .list();
    }
}
