package app.haven.meetings;

import app.haven.identity.ChildAccess;
import app.haven.identity.SqlCondition;
import app.haven.platform.HavenPrincipal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads actions as one reader may see them: whether the reader may open each action's child is decided in the query,
 * and a hidden action carries neither the child's name nor its description.
 */
@Service
class ActionQueries {

    /** The tracker's views: open actions (soonest due first), overdue ones, the reader's own, or every one. */
    static final List<String> VIEWS = List.of("open", "overdue", "mine", "all");

    /** Actions on one page of the tracker. */
    static final int PAGE = 50;

    private final JdbcClient jdbc;
    private final ChildAccess access;
    private final Clock clock;

    ActionQueries(JdbcClient jdbc, ChildAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    Optional<ActionView> find(long actionId, HavenPrincipal user) {
        return query(
                        "SELECT a.id, 1 AS position FROM meeting_action a WHERE a.id = :key",
                        Map.of("key", actionId),
                        user)
                .stream()
                .findFirst();
    }

    List<ActionView> ofMeeting(long meetingId, HavenPrincipal user) {
        return query(
                "SELECT a.id, row_number() OVER (ORDER BY a.due_on, a.id) AS position FROM meeting_action a"
                        + " WHERE a.meeting_id = :key",
                Map.of("key", meetingId),
                user);
    }

    /**
     * One page of the tracker: actions of meetings in the reader's areas (and pan-partnership ones), with one action
     * more than the page when there is a next page.
     */
    List<ActionView> tracker(String view, Collection<Long> areaIds, HavenPrincipal user, int page) {
        Map<String, Object> params = new HashMap<>();
        params.put("areas", areaIds.isEmpty() ? List.of(-1L) : List.copyOf(areaIds));
        params.put("today", Date.valueOf(LocalDate.now(clock)));
        params.put("me", user.userId());
        return query(chosen(view, page), params, user);
    }

    /** What an action must be to show in a view (besides its area), for the actions table as {@code a}. */
    static String trackerCondition(String view) {
        String open = "a.status IN ('OPEN', 'IN_PROGRESS')";
        return switch (view) {
            case "overdue" -> open + " AND a.due_on < :today";
            case "mine" -> open + " AND a.owner_user_id = :me";
            case "all" -> "true";
            default -> open;
        };
    }

    static String trackerOrder(String view) {
        return view.equals("all") ? "a.due_on DESC, a.id DESC" : "a.due_on, a.id";
    }

    /**
     * The query that chooses a tracker page ({@code :areas}, {@code :today}, {@code :me}): for each of the reader's
     * areas, and for pan-partnership meetings, it walks that area's actions (the action carries its meeting's area,
     * V390) in the page's order through {@code meeting_action_area_open_idx} or {@code meeting_action_area_due_idx}
     * and stops at the page's end, then takes the page across them. The reader's own actions are few and come through
     * the owner index. The page's bounds are numbers in the SQL, so each connection keeps one plan per page.
     */
    static String chosen(String view, int page) {
        int skip = (Math.max(1, page) - 1) * PAGE;
        String condition = trackerCondition(view);
        String order = trackerOrder(view);
        String outer = order.replace("a.", "p.");
        if (view.equals("mine")) {
            return "SELECT a.id, row_number() OVER (ORDER BY " + order + ") AS position FROM meeting_action a"
                    + " WHERE " + condition + " AND (a.area_id IN (:areas) OR a.area_id IS NULL)"
                    + " ORDER BY " + order + " OFFSET " + skip + " LIMIT " + (PAGE + 1);
        }
        String walk = "SELECT a.id, a.due_on FROM meeting_action a WHERE %s AND " + condition + " ORDER BY " + order
                + " LIMIT " + (skip + PAGE + 1);
        return "SELECT p.id, row_number() OVER (ORDER BY " + outer + ") AS position FROM ("
                + "SELECT w.id, w.due_on FROM unnest(ARRAY[:areas]::bigint[]) x(area_id)"
                + " CROSS JOIN LATERAL (" + walk.formatted("a.area_id = x.area_id") + ") w"
                + " UNION ALL (" + walk.formatted("a.area_id IS NULL") + ")) p"
                + " ORDER BY " + outer + " OFFSET " + skip + " LIMIT " + (PAGE + 1);
    }

    /** The updates on an action, oldest first (the caller has checked the reader may see the action). */
    List<ActionUpdateView> updates(long actionId) {
        return jdbc.sql("""
                        SELECT x.recorded_at, u.display_name, x.status, x.note FROM meeting_action_update x
                          JOIN user_account u ON u.id = x.recorded_by WHERE x.action_id = :id ORDER BY x.id
                        """)
                .param("id", actionId)
                .query((rs, row) -> new ActionUpdateView(
                        MeetingView.format(rs.getTimestamp(1).toInstant()),
                        rs.getString(2),
                        ActionStatus.label(rs.getString(3)),
                        rs.getString(4)))
                .list();
    }

    /**
     * One query chooses the actions ({@code chosen}: their ids and positions) from the actions table alone, then joins
     * only those rows to the names and the reader's scope, so the scope and the child's name are worked out for the
     * actions shown rather than for every action the condition matches.
     */
    private List<ActionView> query(String chosen, Map<String, Object> extra, HavenPrincipal user) {
        SqlCondition scope = access.visibleChildren(user, "a.child_id");
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.putAll(extra);
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(sql(chosen, scope.sql()))
                .params(params)
                .query((rs, row) -> view(rs, today))
                .list();
    }

    /**
     * The chosen actions' rows, with whether the reader may open each one's child ({@code scope}). The scope is worked
     * out once per row: without the {@code OFFSET 0} fence PostgreSQL folds the lateral column into both places that
     * use it and evaluates the scope twice (ADR 0013).
     */
    static String sql(String chosen, String scope) {
        return "WITH chosen AS (" + chosen + ")"
                + " SELECT a.*, g.name || ', ' || to_char(m.starts_at AT TIME ZONE 'Europe/London',"
                + " 'FMDD FMMonth YYYY') AS meeting_label, m.chair_user_id, o.display_name AS owner_name,"
                + " ag.name AS agency_name, vis.visible, CASE WHEN vis.visible THEN "
                + AgendaQueries.CHILD_NAME.formatted("a.child_id") + " END AS child_name"
                + " FROM chosen c JOIN meeting_action a ON a.id = c.id JOIN meeting m ON m.id = a.meeting_id"
                + " JOIN meeting_group g ON g.id = m.group_id JOIN user_account o ON o.id = a.owner_user_id"
                + " JOIN agency ag ON ag.id = a.owner_agency_id"
                + " CROSS JOIN LATERAL (SELECT (a.child_id IS NULL OR " + scope
                + ") AS visible OFFSET 0) vis ORDER BY c.position";
    }

    private static ActionView view(ResultSet rs, LocalDate today) throws SQLException {
        boolean visible = rs.getBoolean("visible");
        return new ActionView(
                rs.getLong("id"),
                rs.getLong("meeting_id"),
                rs.getString("meeting_label"),
                Optional.ofNullable(rs.getObject("agenda_item_id", Long.class)),
                Optional.ofNullable(rs.getObject("child_id", Long.class)),
                visible ? Optional.ofNullable(rs.getString("child_name")) : Optional.empty(),
                !visible,
                visible ? rs.getString("description") : "An action about a child whose record you may not open",
                rs.getLong("owner_user_id"),
                rs.getString("owner_name"),
                rs.getString("agency_name"),
                rs.getDate("due_on").toLocalDate(),
                rs.getString("status"),
                rs.getInt("escalation_level"),
                rs.getLong("chair_user_id"),
                rs.getInt("version"),
                today);
    }
}
