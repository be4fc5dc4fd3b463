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
        return query("a.id = :key", "a.id", "ALL", Map.of("key", actionId), user).stream()
                .findFirst();
    }

    List<ActionView> ofMeeting(long meetingId, HavenPrincipal user) {
        return query("a.meeting_id = :key", "a.due_on, a.id", "ALL", Map.of("key", meetingId), user);
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
        return query(trackerWhere(view), trackerOrder(view), trackerLimit(page), params, user);
    }

    /** Which actions a tracker view lists, in the reader's areas ({@code :areas}, {@code :today}, {@code :me}). */
    static String trackerWhere(String view) {
        String open = "a.status IN ('OPEN', 'IN_PROGRESS')";
        String which = switch (view) {
            case "overdue" -> open + " AND a.due_on < :today";
            case "mine" -> open + " AND a.owner_user_id = :me";
            case "all" -> "true";
            default -> open;
        };
        return which + " AND (m.area_id IN (:areas) OR m.area_id IS NULL)";
    }

    static String trackerOrder(String view) {
        return view.equals("all") ? "a.due_on DESC, a.id DESC" : "a.due_on, a.id";
    }

    /** One page and one more action, which tells whether there is a next page. */
    static String trackerLimit(int page) {
        return (PAGE + 1) + " OFFSET " + (Math.max(1, page) - 1) * PAGE;
    }

    /** The query that chooses the actions, from the action and meeting tables alone. */
    static String chosen(String where, String order, String limit) {
        return "SELECT a.id, row_number() OVER (ORDER BY " + order + ") AS position"
                + " FROM meeting_action a JOIN meeting m ON m.id = a.meeting_id WHERE " + where
                + " ORDER BY " + order + " LIMIT " + limit;
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
     * One query chooses the actions (in this order, up to the limit) from the action and meeting tables alone,
     * then joins only those rows to the names and the reader's scope, so the scope and the child's name are worked out
     * for the actions shown rather than for every action the condition matches.
     */
    private List<ActionView> query(
            String where, String order, String limit, Map<String, Object> extra, HavenPrincipal user) {
        SqlCondition scope = access.visibleChildren(user, "a.child_id");
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.putAll(extra);
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("WITH chosen AS (" + chosen(where, order, limit) + ")"
                        + " SELECT a.*, g.name || ', ' || to_char(m.starts_at AT TIME ZONE 'Europe/London',"
                        + " 'FMDD FMMonth YYYY') AS meeting_label, m.chair_user_id, o.display_name AS owner_name,"
                        + " ag.name AS agency_name, vis.visible, CASE WHEN vis.visible THEN "
                        + AgendaQueries.CHILD_NAME.formatted("a.child_id") + " END AS child_name"
                        + " FROM chosen c JOIN meeting_action a ON a.id = c.id JOIN meeting m ON m.id = a.meeting_id"
                        + " JOIN meeting_group g ON g.id = m.group_id JOIN user_account o ON o.id = a.owner_user_id"
                        + " JOIN agency ag ON ag.id = a.owner_agency_id"
                        + " CROSS JOIN LATERAL (SELECT (a.child_id IS NULL OR " + scope.sql()
                        + ") AS visible) vis ORDER BY c.position")
                .params(params)
                .query((rs, row) -> view(rs, today))
                .list();
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
