package app.haven.meetings;

import app.haven.identity.ChildAccess;
import app.haven.identity.SqlCondition;
import app.haven.intelligence.IntelligenceEntities;
import app.haven.platform.HavenPrincipal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads agenda items as one reader may see them: whether each child is one the reader may open is decided inside
 * the query (record scope), and a hidden child's name, notes, band and decisions are never read. An item about a
 * person of concern or place is visible only to readers who may see that entity in intelligence (the intelligence
 * module's condition, inside the same query).
 */
@Service
class AgendaQueries {

    /** The child's name in use, as the register shows it. */
    static final String CHILD_NAME = """
            (SELECT n.given_names || ' ' || n.family_name FROM person_name n
              WHERE n.person_id = %s AND n.removed_at IS NULL AND n.name_type IN ('PREFERRED', 'LEGAL')
              ORDER BY n.name_type = 'PREFERRED' DESC, n.id LIMIT 1)""";

    private final JdbcClient jdbc;
    private final ChildAccess access;
    private final IntelligenceEntities intelligence;

    AgendaQueries(JdbcClient jdbc, ChildAccess access, IntelligenceEntities intelligence) {
        this.jdbc = jdbc;
        this.access = access;
        this.intelligence = intelligence;
    }

    List<AgendaItemView> items(long meetingId, HavenPrincipal user) {
        return query("i.meeting_id = :key ORDER BY i.position, i.id", meetingId, user);
    }

    Optional<AgendaItemView> item(long itemId, HavenPrincipal user) {
        return query("i.id = :key", itemId, user).stream().findFirst();
    }

    /** The item's meeting and child, whoever asks: for checking access before anything is shown. */
    Optional<ItemRef> ref(long itemId) {
        return jdbc.sql("SELECT meeting_id, child_id, entity_id FROM agenda_item WHERE id = :id")
                .param("id", itemId)
                .query((rs, row) -> new ItemRef(
                        itemId,
                        rs.getLong(1),
                        Optional.ofNullable(rs.getObject(2, Long.class)),
                        Optional.ofNullable(rs.getObject(3, Long.class))))
                .optional();
    }

    record ItemRef(long id, long meetingId, Optional<Long> childId, Optional<Long> entityId) {}

    private List<AgendaItemView> query(String where, long key, HavenPrincipal user) {
        SqlCondition scope = access.visibleChildren(user, "i.child_id");
        SqlCondition entity = intelligence.visibleToReader(user, "i.entity_id");
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.putAll(entity.parameters());
        params.put("key", key);
        return jdbc.sql("SELECT i.*, vis.visible, CASE WHEN vis.visible AND i.entity_id IS NOT NULL THEN "
                        + intelligence.labelSql("i.entity_id") + " END AS entity_label,"
                        + " CASE WHEN vis.visible THEN " + CHILD_NAME.formatted("i.child_id")
                        + " END AS child_name, CASE WHEN vis.visible THEN (SELECT display_name FROM user_account"
                        + " WHERE id = i.notes_by) END AS notes_name, CASE WHEN vis.visible THEN ARRAY(SELECT"
                        + " d.decision FROM meeting_decision d WHERE d.agenda_item_id = i.id ORDER BY d.id) END AS"
                        + " decisions FROM agenda_item i CROSS JOIN LATERAL (SELECT (i.child_id IS NULL OR "
                        + scope.sql() + ") AND (i.entity_id IS NULL OR " + entity.sql() + ") AS visible) vis WHERE "
                        + where)
                .params(params)
                .query((rs, row) -> view(rs))
                .list();
    }

    private static AgendaItemView view(ResultSet rs) throws SQLException {
        boolean visible = rs.getBoolean("visible");
        Optional<Long> child = Optional.ofNullable(rs.getObject("child_id", Long.class));
        String title = rs.getString("title");
        String heading = child.isPresent()
                ? visible ? Optional.ofNullable(rs.getString("child_name")).orElse("Child " + child.get()) : "A child"
                : Optional.ofNullable(rs.getString("entity_label"))
                        .map(label -> label + " (" + title + ")")
                        .orElse(visible ? title : "An item");
        Timestamp notesAt = rs.getTimestamp("notes_at");
        return new AgendaItemView(
                rs.getLong("id"),
                rs.getLong("meeting_id"),
                rs.getInt("position"),
                rs.getString("kind"),
                visible ? child : Optional.empty(),
                !visible,
                heading,
                visible
                        ? texts(rs.getArray("reasons")).stream()
                                .map(AgendaReasons::label)
                                .toList()
                        : List.of(),
                visible ? Optional.ofNullable(rs.getString("notes")).orElse("") : "",
                Optional.ofNullable(rs.getString("notes_name")),
                visible ? Optional.ofNullable(notesAt).map(Timestamp::toInstant) : Optional.empty(),
                visible ? Optional.ofNullable(rs.getString("band_agreed")) : Optional.empty(),
                visible ? texts(rs.getArray("decisions")) : List.of(),
                rs.getInt("version"),
                visible ? Optional.ofNullable(rs.getObject("entity_id", Long.class)) : Optional.empty());
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
