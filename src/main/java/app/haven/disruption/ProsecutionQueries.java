package app.haven.disruption;

import app.haven.identity.SqlCondition;
import app.haven.intelligence.IntelligenceEntities;
import app.haven.platform.HavenPrincipal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads prosecutions with need-to-know inside the query: the suspect seen, and every victim a child the user may open. */
@Service
class ProsecutionQueries {

    private final JdbcClient jdbc;
    private final IntelligenceEntities entities;
    private final DisruptionScope scope;

    ProsecutionQueries(JdbcClient jdbc, IntelligenceEntities entities, DisruptionScope scope) {
        this.jdbc = jdbc;
        this.entities = entities;
        this.scope = scope;
    }

    private SqlCondition visible(HavenPrincipal user) {
        return scope.visible(
                user, "p.suspect_entity_id", "disruption_victim v WHERE v.prosecution_id = p.id", "v.child_id");
    }

    boolean exists(long id) {
        return scope.exists("disruption_prosecution", id);
    }

    Optional<ProsecutionView> find(long id, HavenPrincipal user) {
        return select("p.id = :id", Map.of("id", id), user).stream().findFirst();
    }

    List<ProsecutionView> of(long suspectId, HavenPrincipal user) {
        return select("p.suspect_entity_id = :suspect", Map.of("suspect", suspectId), user);
    }

    private List<ProsecutionView> select(String where, Map<String, Object> params, HavenPrincipal user) {
        SqlCondition visible = visible(user);
        return jdbc.sql("SELECT p.*, " + entities.labelSql("p.suspect_entity_id") + " AS suspect_label, "
                        + entities.labelSql("p.operation_entity_id") + " AS operation_label"
                        + " FROM disruption_prosecution p WHERE " + where + " AND " + visible.sql()
                        + " ORDER BY p.charged_on DESC, p.id DESC LIMIT 500")
                .params(visible.parameters())
                .params(params)
                .query((rs, row) -> view(rs))
                .list();
    }

    private ProsecutionView view(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        return new ProsecutionView(
                id,
                rs.getLong("suspect_entity_id"),
                rs.getString("suspect_label"),
                Optional.ofNullable(rs.getObject("operation_entity_id", Long.class)),
                Optional.ofNullable(rs.getString("operation_label")),
                rs.getDate("charged_on").toLocalDate(),
                date(rs, "first_hearing_on"),
                date(rs, "trial_on"),
                Optional.ofNullable(rs.getString("court")),
                Optional.ofNullable(rs.getString("outcome")),
                date(rs, "outcome_on"),
                Optional.ofNullable(rs.getString("outcome_reason")),
                Optional.ofNullable(rs.getString("sentence")),
                rs.getInt("version"),
                offences(id),
                victims(id));
    }

    private static Optional<java.time.LocalDate> date(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getDate(column)).map(Date::toLocalDate);
    }

    private List<String> offences(long id) {
        return jdbc.sql("""
                        SELECT o.label || ' (' || o.legislation || ')' FROM disruption_prosecution_offence po
                          JOIN disruption_offence o ON o.code = po.offence_code WHERE po.prosecution_id = :id ORDER BY o.position
                        """).param("id", id).query(String.class).list();
    }

    private List<ProsecutionView.Victim> victims(long id) {
        return jdbc.sql("SELECT * FROM disruption_victim WHERE prosecution_id = :id ORDER BY child_id")
                .param("id", id)
                .query((rs, row) -> new ProsecutionView.Victim(
                        rs.getLong("child_id"),
                        scope.childName(rs.getLong("child_id")),
                        Optional.ofNullable(rs.getString("special_measures")),
                        Optional.ofNullable(rs.getString("advocate"))))
                .list();
    }
}
