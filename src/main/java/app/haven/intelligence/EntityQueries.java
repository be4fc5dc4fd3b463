package app.haven.intelligence;

import app.haven.identity.SqlCondition;
import app.haven.intelligence.network.NodeKind;
import app.haven.platform.HavenPrincipal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads entities, always with the user's scope inside the query. */
@Service
class EntityQueries {

    /** A person's name in use, or the label recorded. */
    static final String LABEL = """
            coalesce((SELECT n.given_names || ' ' || n.family_name FROM person_name n
                       WHERE n.person_id = e.person_id AND n.removed_at IS NULL AND n.name_type IN ('PREFERRED', 'LEGAL')
                       ORDER BY n.name_type = 'PREFERRED' DESC, n.id LIMIT 1), e.label)""";

    private static final String SELECT = "SELECT e.*, ar.name AS area_name, lt.label AS location_label, " + LABEL
            + " AS shown_label FROM intel_entity e JOIN area ar ON ar.id = e.area_id"
            + " LEFT JOIN intel_location_type lt ON lt.code = e.location_type";

    private final JdbcClient jdbc;
    private final IntelligenceScope scope;

    EntityQueries(JdbcClient jdbc, IntelligenceScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /** Whether an entity exists at all (so a page can tell "not found" from "not yours"). */
    boolean exists(long id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM intel_entity WHERE id = :id)")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    /** The entity, if it exists and the user may see it. */
    Optional<EntityView> visible(long id, HavenPrincipal user) {
        SqlCondition visible = scope.entities(user, "e");
        return jdbc.sql(SELECT + " WHERE e.id = :id AND " + visible.sql())
                .params(visible.parameters())
                .param("id", id)
                .query((rs, row) -> view(rs))
                .optional();
    }

    /** The entity of a person record, if the network holds one and the user may see it. */
    Optional<EntityView> forPerson(List<Long> personRecordIds, HavenPrincipal user) {
        SqlCondition visible = scope.entities(user, "e");
        return jdbc.sql(SELECT + " WHERE e.person_id IN (:ids) AND " + visible.sql() + " ORDER BY e.id LIMIT 1")
                .params(visible.parameters())
                .param("ids", personRecordIds)
                .query((rs, row) -> view(rs))
                .optional();
    }

    /** Visible entities of a kind (all kinds when empty) whose label contains the text, newest first, at most 50. */
    List<EntityView> list(Optional<NodeKind> kind, String text, HavenPrincipal user) {
        SqlCondition visible = scope.entities(user, "e");
        return jdbc.sql(SELECT + " WHERE (CAST(:kind AS text) IS NULL OR e.kind = :kind) AND " + visible.sql()
                        + " AND (:text = '' OR " + LABEL
                        + " ILIKE '%' || :text || '%' OR e.match_key ILIKE '%' || :text || '%')"
                        + " ORDER BY e.id DESC LIMIT 50")
                .params(visible.parameters())
                .param("kind", kind.map(Enum::name).orElse(null))
                .param("text", text.strip())
                .query((rs, row) -> view(rs))
                .list();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    static EntityView view(ResultSet rs) throws SQLException {
        String lat = rs.getString("latitude");
        String lon = rs.getString("longitude");
        String colourAndMake = nonNull(rs.getString("colour")) + " " + nonNull(rs.getString("make"));
        Optional<String> vehicle =
                Optional.ofNullable(rs.getString("registration")).map(r -> (r + " " + colourAndMake).strip());
        return new EntityView(
                rs.getLong("id"),
                NodeKind.valueOf(rs.getString("kind")),
                rs.getString("shown_label"),
                rs.getLong("area_id"),
                rs.getString("area_name"),
                Optional.ofNullable((Long) rs.getObject("person_id", Long.class)),
                rs.getBoolean("is_child"),
                Optional.ofNullable(rs.getString("concern_role")),
                Optional.ofNullable(rs.getString("location_label")),
                Optional.ofNullable(rs.getString("postcode")),
                Optional.ofNullable(lat).map(l -> l + ", " + lon),
                vehicle,
                Optional.ofNullable(rs.getString("description")),
                rs.getInt("version"));
    }
}
