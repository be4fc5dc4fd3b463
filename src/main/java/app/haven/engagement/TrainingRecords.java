package app.haven.engagement;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
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
 * Training sessions with their attendance (counts by agency and role, never names) and evaluations, and each agency's
 * workforce headcount per area, so the share of the workforce trained is known.
 */
@Service
class TrainingRecords {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final EngagementScope scope;
    private final Clock clock;

    TrainingRecords(JdbcClient jdbc, AuditLog audit, EngagementScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.scope = scope;
        this.clock = clock;
    }

    List<String> courses() {
        return jdbc.sql("SELECT code FROM training_course WHERE NOT retired ORDER BY position")
                .query(String.class)
                .list();
    }

    List<app.haven.platform.web.Option> courseOptions() {
        return jdbc.sql("SELECT code, title FROM training_course WHERE NOT retired ORDER BY position")
                .query((rs, n) -> new app.haven.platform.web.Option(rs.getString(1), rs.getString(2)))
                .list();
    }

    @Transactional
    long record(TrainingForm.Checked s, HavenPrincipal user) {
        long id = jdbc.sql("""
                        INSERT INTO training_session (area_id, course_code, held_on, trainer, evaluations, more_confident,
                               recorded_by, recorded_at)
                        VALUES (:area, :course, :on, :trainer, :evaluations, :confident, :user, :now) RETURNING id
                        """)
                .param("area", s.areaId())
                .param("course", s.course())
                .param("on", Date.valueOf(s.heldOn()))
                .param("trainer", s.trainer())
                .param("evaluations", s.evaluations())
                .param("confident", s.moreConfident())
                .param("user", user.userId())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        for (TrainingForm.Attendance a : s.attendance()) {
            jdbc.sql("INSERT INTO training_attendance (session_id, agency_id, job_role, attended) VALUES (:s, :a, :r,"
                            + " :n)")
                    .param("s", id)
                    .param("a", a.agencyId())
                    .param("r", a.role())
                    .param("n", a.attended())
                    .update();
        }
        audit.record(AuditAction.CREATE, "training-session", id, Optional.empty(), Optional.empty());
        return id;
    }

    /** Records an agency's headcount in an area from today (a second entry today replaces the first). */
    @Transactional
    void headcount(long agencyId, long areaId, int headcount, HavenPrincipal user) {
        jdbc.sql("""
                        INSERT INTO workforce_headcount (agency_id, area_id, as_of, headcount, recorded_by)
                        VALUES (:agency, :area, :today, :n, :user)
                        ON CONFLICT (agency_id, area_id, as_of) DO UPDATE SET headcount = :n, recorded_by = :user
                        """)
                .param("agency", agencyId)
                .param("area", areaId)
                .param("today", Date.valueOf(today()))
                .param("n", headcount)
                .param("user", user.userId())
                .update();
        audit.record(
                AuditAction.UPDATE,
                "workforce-headcount",
                agencyId,
                Optional.empty(),
                Optional.of(headcount + " in area " + areaId));
    }

    List<TrainingSessionView> sessions(HavenPrincipal user) {
        return jdbc.sql("""
                        SELECT s.id, a.name, c.title, s.held_on, s.evaluations, s.more_confident,
                               (SELECT coalesce(sum(attended), 0) FROM training_attendance WHERE session_id = s.id) AS n
                          FROM training_session s JOIN area a ON a.id = s.area_id
                          JOIN training_course c ON c.code = s.course_code
                         WHERE s.area_id IN (:areas) ORDER BY s.held_on DESC, s.id DESC LIMIT 50
                        """)
                .param("areas", scope.areaIds(user))
                .query((rs, n) -> new TrainingSessionView(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getDate(4).toLocalDate(),
                        rs.getLong("n"),
                        rs.getInt(5),
                        rs.getInt(6)))
                .list();
    }

    /** Each agency's latest headcount in the user's areas, with the people trained in the last twelve months. */
    List<WorkforceCoverage> coverage(HavenPrincipal user) {
        return jdbc.sql("""
                        SELECT a.name AS area, ag.name AS agency, h.headcount,
                               (SELECT coalesce(sum(t.attended), 0) FROM training_attendance t
                                  JOIN training_session s ON s.id = t.session_id
                                 WHERE t.agency_id = h.agency_id AND s.area_id = h.area_id AND s.held_on > :yearAgo) AS trained
                          FROM workforce_headcount h JOIN area a ON a.id = h.area_id JOIN agency ag ON ag.id = h.agency_id
                         WHERE h.area_id IN (:areas)
                           AND h.as_of = (SELECT max(as_of) FROM workforce_headcount x
                                           WHERE x.agency_id = h.agency_id AND x.area_id = h.area_id)
                         ORDER BY a.name, ag.name
                        """)
                .param("areas", scope.areaIds(user))
                .param("yearAgo", Date.valueOf(today().minusYears(1)))
                .query((rs, n) -> new WorkforceCoverage(
                        rs.getString("area"), rs.getString("agency"), rs.getInt("headcount"), rs.getLong("trained")))
                .list();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(EngagementMeasures.LONDON));
    }
}
