package app.haven.engagement;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.Option;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What young people who are survivors of exploitation suggest for prevention and disruption (strategy priority 4,
 * action 4): recorded only with their consent, anonymised (an age band, never a name or a record).
 */
@Service
class SurvivorConsultations {

    static final List<Option> AGE_BANDS = List.of(
            new Option("UNDER_16", "Under 16"),
            new Option("16_17", "16 or 17"),
            new Option("18_24", "18 to 24"),
            new Option("25_PLUS", "25 or over"));

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final EngagementScope scope;
    private final Clock clock;

    SurvivorConsultations(JdbcClient jdbc, AuditLog audit, EngagementScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.scope = scope;
        this.clock = clock;
    }

    @Transactional
    long record(
            long areaId,
            LocalDate heldOn,
            String ageBand,
            Optional<String> prevention,
            Optional<String> disruption,
            HavenPrincipal user) {
        long id = jdbc.sql("""
                        INSERT INTO survivor_consultation (area_id, held_on, consented, age_band, prevention, disruption,
                               recorded_by, recorded_at)
                        VALUES (:area, :on, true, :band, :prevention, :disruption, :user, :now) RETURNING id
                        """)
                .param("area", areaId)
                .param("on", Date.valueOf(heldOn))
                .param("band", ageBand)
                .param("prevention", prevention.orElse(null))
                .param("disruption", disruption.orElse(null))
                .param("user", user.userId())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        audit.record(AuditAction.CREATE, "survivor-consultation", id, Optional.empty(), Optional.empty());
        return id;
    }

    List<ConsultationView> ofAreas(HavenPrincipal user) {
        return jdbc.sql("""
                        SELECT a.name, c.held_on, c.age_band, c.prevention, c.disruption
                          FROM survivor_consultation c JOIN area a ON a.id = c.area_id
                         WHERE c.area_id IN (:areas) ORDER BY c.held_on DESC, c.id DESC LIMIT 100
                        """)
                .param("areas", scope.areaIds(user))
                .query((rs, n) -> new ConsultationView(
                        rs.getString(1),
                        rs.getDate(2).toLocalDate(),
                        rs.getString(3),
                        Optional.ofNullable(rs.getString(4)),
                        Optional.ofNullable(rs.getString(5))))
                .list();
    }
}
