package app.haven.intelligence;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.identity.SqlCondition;
import app.haven.platform.HavenPrincipal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Graded intelligence reports. The grading is checked by {@link Grading}; a restricted report's text is read only by
 * users cleared for conditional intelligence, everyone else who may see the report learns that it exists.
 */
@Service
class Reports {

    private final JdbcClient jdbc;
    private final IntelligenceScope scope;
    private final AuditLog audit;
    private final Clock clock;

    Reports(JdbcClient jdbc, IntelligenceScope scope, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** Saves a report about entities the caller has checked the user may see, and returns its id. */
    @Transactional
    long record(NewReport report, Optional<Long> childId, HavenPrincipal user) {
        Grading g = report.grading();
        if (!g.breaches().isEmpty()) {
            throw new IllegalArgumentException("grading not checked: " + g.breaches());
        }
        long id = jdbc.sql("""
                        INSERT INTO intel_report (area_id, source_type, source_detail, body, reported_on, grading_system,
                               source_grade, intelligence_grade, handling_code, handling_conditions, restricted,
                               recorded_by, recorded_at)
                        VALUES (:area, :sourceType, :detail, :body, :on, :system, :source, :intel, :handling, :conditions,
                                :restricted, :user, :now)
                        RETURNING id
                        """)
                .param("area", report.areaId())
                .param("sourceType", report.sourceType())
                .param("detail", report.sourceDetail().orElse(null))
                .param("body", report.body())
                .param("on", Date.valueOf(report.reportedOn()))
                .param("system", g.system())
                .param("source", g.source())
                .param("intel", g.intelligence())
                .param("handling", g.handling())
                .param("conditions", g.conditions().orElse(null))
                .param("restricted", g.restricted())
                .param("user", user.userId())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        for (long entity : report.entityIds()) {
            jdbc.sql("INSERT INTO intel_report_entity (report_id, entity_id) VALUES (:report, :entity)")
                    .param("report", id)
                    .param("entity", entity)
                    .update();
        }
        audit.record(AuditAction.CREATE, "intel-report", id, childId, Optional.of("graded " + g.label()));
        return id;
    }

    /** The report, if the user may see it, with its text withheld unless they are cleared for it. */
    Optional<ReportView> visible(long id, HavenPrincipal user) {
        SqlCondition visible = scope.reports(user, "r");
        boolean cleared = IntelligenceScope.cleared(user);
        return jdbc.sql("""
                        SELECT r.*, ar.name AS area_name, u.display_name AS recorded_by_name
                          FROM intel_report r JOIN area ar ON ar.id = r.area_id JOIN user_account u ON u.id = r.recorded_by
                         WHERE r.id = :id AND """ + visible.sql())
                .params(visible.parameters())
                .param("id", id)
                .query((rs, row) -> view(rs, cleared))
                .optional();
    }

    /** The reports about an entity that the user may see, newest first. */
    List<ReportView> about(long entityId, HavenPrincipal user) {
        SqlCondition visible = scope.reports(user, "r");
        boolean cleared = IntelligenceScope.cleared(user);
        return jdbc.sql("""
                        SELECT r.*, ar.name AS area_name, u.display_name AS recorded_by_name
                          FROM intel_report r JOIN area ar ON ar.id = r.area_id JOIN user_account u ON u.id = r.recorded_by
                         WHERE r.id IN (SELECT report_id FROM intel_report_entity WHERE entity_id = :entity) AND """ + visible.sql() + " ORDER BY r.reported_on DESC, r.id DESC")
                .params(visible.parameters())
                .param("entity", entityId)
                .query((rs, row) -> view(rs, cleared))
                .list();
    }

    /** The grading and the rank of a report the user may see, for a link that cites it. */
    Optional<Grading> grading(long id, HavenPrincipal user) {
        SqlCondition visible = scope.reports(user, "r");
        return jdbc.sql("SELECT * FROM intel_report r WHERE r.id = :id AND " + visible.sql())
                .params(visible.parameters())
                .param("id", id)
                .query((rs, row) -> grading(rs))
                .optional();
    }

    /** The ids of the entities a report is about. */
    List<Long> entityIds(long reportId) {
        return jdbc.sql("SELECT entity_id FROM intel_report_entity WHERE report_id = :id ORDER BY entity_id")
                .param("id", reportId)
                .query(Long.class)
                .list();
    }

    static Grading grading(ResultSet rs) throws SQLException {
        return new Grading(
                rs.getString("grading_system"),
                rs.getString("source_grade"),
                rs.getString("intelligence_grade"),
                rs.getString("handling_code"),
                Optional.ofNullable(rs.getString("handling_conditions")));
    }

    private static ReportView view(ResultSet rs, boolean cleared) throws SQLException {
        boolean restricted = rs.getBoolean("restricted");
        boolean withheld = restricted && !cleared;
        Grading grading = grading(rs);
        return new ReportView(
                rs.getLong("id"),
                rs.getString("area_name"),
                IntelChoices.label(IntelChoices.SOURCES, rs.getString("source_type")),
                withheld ? Optional.empty() : Optional.ofNullable(rs.getString("source_detail")),
                withheld ? Optional.empty() : Optional.of(rs.getString("body")),
                rs.getDate("reported_on").toLocalDate(),
                grading.label(),
                withheld ? Optional.empty() : grading.conditions(),
                restricted,
                withheld,
                rs.getString("recorded_by_name"));
    }
}
