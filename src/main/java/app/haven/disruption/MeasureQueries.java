package app.haven.disruption;

import app.haven.identity.SqlCondition;
import app.haven.intelligence.IntelligenceEntities;
import app.haven.platform.HavenPrincipal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads measures with need-to-know inside the query: a measure is seen when its subject is (intelligence's rule) and
 * every child it protects is one the user may open (as intelligence sees a report).
 */
@Service
class MeasureQueries {

    private final JdbcClient jdbc;
    private final IntelligenceEntities entities;
    private final DisruptionScope scope;

    MeasureQueries(JdbcClient jdbc, IntelligenceEntities entities, DisruptionScope scope) {
        this.jdbc = jdbc;
        this.entities = entities;
        this.scope = scope;
    }

    /** The condition that measure row {@code m} is visible. */
    SqlCondition visible(HavenPrincipal user) {
        return scope.visible(
                user, "m.subject_entity_id", "disruption_measure_child mc WHERE mc.measure_id = m.id", "mc.child_id");
    }

    boolean exists(long id) {
        return scope.exists("disruption_measure", id);
    }

    Optional<MeasureView> find(long id, HavenPrincipal user) {
        return select("m.id = :id", Map.of("id", id), user, "m.id").stream().findFirst();
    }

    /** The measures against this entity the user may see, newest first. */
    List<MeasureView> against(long entityId, HavenPrincipal user) {
        return select("m.subject_entity_id = :entity", Map.of("entity", entityId), user, "m.issued_on DESC, m.id DESC");
    }

    /** Live measures the user may see expiring on or before the day, soonest first. */
    List<MeasureView> expiringBy(LocalDate today, LocalDate by, HavenPrincipal user) {
        return select(
                "m.ended_on IS NULL AND m.expires_on BETWEEN :today AND :by",
                Map.of("today", Date.valueOf(today), "by", Date.valueOf(by)),
                user,
                "m.expires_on, m.id");
    }

    private List<MeasureView> select(String where, Map<String, Object> params, HavenPrincipal user, String order) {
        SqlCondition visible = visible(user);
        return jdbc.sql("SELECT m.*, t.label AS type_label, t.legal_basis, ag.name AS agency_name,"
                        + " u.display_name AS officer_name, " + entities.labelSql("m.subject_entity_id")
                        + " AS subject_label FROM disruption_measure m"
                        + " JOIN disruption_measure_type t ON t.code = m.type_code"
                        + " JOIN agency ag ON ag.id = m.issuing_agency_id"
                        + " JOIN user_account u ON u.id = m.issuing_officer_id WHERE " + where + " AND "
                        + visible.sql() + " ORDER BY " + order + " LIMIT 500")
                .params(visible.parameters())
                .params(params)
                .query((rs, row) -> view(rs))
                .list();
    }

    private MeasureView view(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        return new MeasureView(
                id,
                rs.getString("type_code"),
                rs.getString("type_label"),
                rs.getString("legal_basis"),
                rs.getLong("subject_entity_id"),
                rs.getString("subject_label"),
                rs.getDate("issued_on").toLocalDate(),
                rs.getString("agency_name"),
                rs.getString("officer_name"),
                Optional.ofNullable(rs.getString("conditions")),
                Optional.ofNullable(rs.getDate("expires_on")).map(Date::toLocalDate),
                Optional.ofNullable(rs.getDate("ended_on")).map(Date::toLocalDate),
                Optional.ofNullable(rs.getString("end_reason")),
                rs.getInt("version"),
                children(id),
                breaches(id));
    }

    private List<MeasureView.Named> children(long measureId) {
        return named(jdbc.sql("SELECT child_id FROM disruption_measure_child WHERE measure_id = :id ORDER BY child_id")
                .param("id", measureId)
                .query(Long.class)
                .list());
    }

    List<MeasureView.Named> named(List<Long> ids) {
        return ids.stream()
                .map(id -> new MeasureView.Named(id, scope.childName(id)))
                .toList();
    }

    private List<MeasureView.BreachView> breaches(long measureId) {
        return jdbc.sql("SELECT * FROM disruption_breach WHERE measure_id = :id ORDER BY occurred_on, id")
                .param("id", measureId)
                .query((rs, row) -> new MeasureView.BreachView(
                        rs.getLong("id"),
                        rs.getDate("occurred_on").toLocalDate(),
                        rs.getString("what"),
                        rs.getString("action_taken")))
                .list();
    }
}
