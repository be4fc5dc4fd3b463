package app.haven.intelligence;

import app.haven.identity.SqlCondition;
import app.haven.intelligence.network.GradeRank;
import app.haven.intelligence.network.LinkType;
import app.haven.platform.HavenPrincipal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads links whose two ends the user may see, scope inside the query. */
@Service
class LinkQueries {

    private final JdbcClient jdbc;
    private final IntelligenceScope scope;

    LinkQueries(JdbcClient jdbc, IntelligenceScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    private String select(SqlCondition a, SqlCondition b) {
        return """
                SELECT l.*, %s AS from_label, %s AS to_label,
                       CASE WHEN a.is_child THEN a.person_id WHEN b.is_child THEN b.person_id END AS child_id
                  FROM intel_link l JOIN intel_entity a ON a.id = l.from_entity JOIN intel_entity b ON b.id = l.to_entity
                 WHERE %s AND %s
                """.formatted(
                EntityQueries.LABEL.replace("e.", "a."), EntityQueries.LABEL.replace("e.", "b."), a.sql(), b.sql());
    }

    /** The current links of an entity, as the user may see them. */
    List<LinkView> ofEntity(long entityId, HavenPrincipal user) {
        return query(
                " AND (l.from_entity = :entity OR l.to_entity = :entity) AND l.ended_at IS NULL ORDER BY l.id",
                Map.of("entity", entityId),
                user);
    }

    /** These links (by id), as the user may see them: any not visible are left out. */
    List<LinkView> byIds(List<Long> ids, HavenPrincipal user) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return query(" AND l.id IN (:ids) ORDER BY l.id", Map.of("ids", ids), user);
    }

    boolean exists(long id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM intel_link WHERE id = :id)")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    Optional<LinkView> visible(long id, HavenPrincipal user) {
        return query(" AND l.id = :id", Map.of("id", id), user).stream().findFirst();
    }

    private List<LinkView> query(String where, Map<String, Object> parameters, HavenPrincipal user) {
        SqlCondition a = scope.entities(user, "a");
        SqlCondition b = scope.entities(user, "b");
        Map<String, Object> all = new HashMap<>(a.parameters());
        all.putAll(b.parameters());
        all.putAll(parameters);
        boolean cleared = IntelligenceScope.cleared(user);
        return jdbc.sql(select(a, b) + where)
                .params(all)
                .query((rs, row) -> view(rs, cleared))
                .list();
    }

    private static LinkView view(ResultSet rs, boolean cleared) throws SQLException {
        LinkType type = LinkType.valueOf(rs.getString("link_type"));
        boolean restricted = rs.getBoolean("restricted");
        String kind = rs.getString("evidence_kind");
        long evidenceId = rs.getLong("evidence_id");
        Date to = rs.getDate("valid_to");
        return new LinkView(
                rs.getLong("id"),
                rs.getLong("from_entity"),
                rs.getString("from_label"),
                rs.getLong("to_entity"),
                rs.getString("to_label"),
                type.words(),
                type.directed(),
                rs.getDate("valid_from").toLocalDate(),
                Optional.ofNullable(to).map(Date::toLocalDate),
                IntelChoices.label(IntelChoices.CONFIDENCE, rs.getString("confidence")),
                evidenceLabel(kind, evidenceId),
                evidenceHref(kind, evidenceId),
                GradeRank.label(rs.getInt("grade_rank")),
                restricted,
                restricted && !cleared,
                Optional.ofNullable(rs.getObject("child_id", Long.class)),
                rs.getInt("version"));
    }

    static String evidenceLabel(String kind, long id) {
        return switch (kind) {
            case "REPORT" -> "Report R-" + id;
            case "MISSING_EPISODE" -> "Missing episode " + id;
            case "RETURN_INTERVIEW" -> "Return home interview " + id;
            case "DISCLOSURE" -> "Disclosure in return home interview " + id;
            case "REFERRAL_DISCLOSURE" -> "Disclosure " + id;
            default -> "Referral " + id;
        };
    }

    private static Optional<String> evidenceHref(String kind, long id) {
        return switch (kind) {
            case "REPORT" -> Optional.of("/intelligence/reports/" + id);
            case "MISSING_EPISODE" -> Optional.of("/missing-episodes/" + id);
            case "REFERRAL" -> Optional.of("/referrals/" + id);
            case "REFERRAL_DISCLOSURE" -> Optional.of("/disclosures/" + id);
            default -> Optional.empty();
        };
    }
}
