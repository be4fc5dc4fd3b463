package app.haven.engagement;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Preventive events in schools and communities: who they were for, which year groups, how many came, what they covered. */
@Service
class PreventiveEvents {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final EngagementScope scope;
    private final Clock clock;

    PreventiveEvents(JdbcClient jdbc, AuditLog audit, EngagementScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.scope = scope;
        this.clock = clock;
    }

    @Transactional
    long record(EventForm.Checked e, HavenPrincipal user) {
        long id = jdbc.sql("""
                        INSERT INTO preventive_event (area_id, held_on, setting, venue, audience, year_groups, attendance,
                               partners, recorded_by, recorded_at)
                        VALUES (:area, :on, :setting, :venue, :audience, :years::integer[], :n, :partners, :user, :now)
                        RETURNING id
                        """)
                .param("area", e.areaId())
                .param("on", Date.valueOf(e.heldOn()))
                .param("setting", e.setting())
                .param("venue", e.venue())
                .param("audience", e.audience())
                .param(
                        "years",
                        "{"
                                + String.join(
                                        ",",
                                        e.yearGroups().stream()
                                                .map(String::valueOf)
                                                .toList()) + "}")
                .param("n", e.attendance())
                .param("partners", e.partners().orElse(null))
                .param("user", user.userId())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        for (String topic : e.topics()) {
            jdbc.sql("INSERT INTO preventive_event_topic (event_id, topic) VALUES (:e, :t)")
                    .param("e", id)
                    .param("t", topic)
                    .update();
        }
        audit.record(AuditAction.CREATE, "preventive-event", id, Optional.empty(), Optional.empty());
        return id;
    }

    /** The events of the user's areas, newest first: one line each. */
    List<List<Object>> recent(HavenPrincipal user) {
        return jdbc.sql("""
                        SELECT e.held_on, a.name, e.venue, e.audience, e.year_groups, e.attendance, coalesce(e.partners, '')
                          FROM preventive_event e JOIN area a ON a.id = e.area_id
                         WHERE e.area_id IN (:areas) ORDER BY e.held_on DESC, e.id DESC LIMIT 50
                        """)
                .param("areas", scope.areaIds(user))
                .query((rs, n) -> List.<Object>of(
                        rs.getDate(1)
                                .toLocalDate()
                                .format(java.time.format.DateTimeFormatter.ofPattern(
                                        "d MMM yyyy", java.util.Locale.UK)),
                        rs.getString(2),
                        rs.getString(3),
                        EngagementChoices.label(EngagementChoices.AUDIENCES, rs.getString(4)),
                        years((Integer[]) rs.getArray(5).getArray()),
                        rs.getInt(6),
                        rs.getString(7)))
                .list();
    }

    private static String years(Integer[] years) {
        return years.length == 0
                ? "–"
                : "Years "
                        + String.join(
                                ", ",
                                java.util.Arrays.stream(years)
                                        .map(String::valueOf)
                                        .toList());
    }
}
