package app.haven.meetings;

import app.haven.identity.ChildAccess;
import app.haven.identity.SqlCondition;
import app.haven.platform.HavenPrincipal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads strategy discussions: one by id (the page checks access), and those due that a user may open. */
@Service
class StrategyQueries {

    private final JdbcClient jdbc;
    private final ChildAccess access;
    private final Clock clock;

    StrategyQueries(JdbcClient jdbc, ChildAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    Optional<StrategyDiscussionView> find(long id) {
        return jdbc.sql("SELECT * FROM strategy_discussion WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> view(rs))
                .optional();
    }

    List<StrategyDiscussionDue> due(HavenPrincipal user) {
        SqlCondition scope = access.visibleChildren(user, "s.child_id");
        Map<String, Object> params = new HashMap<>(scope.parameters());
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("SELECT s.id, " + AgendaQueries.CHILD_NAME.formatted("s.child_id") + " AS name, s.due_on"
                        + " FROM strategy_discussion s WHERE s.status = 'DUE' AND " + scope.sql()
                        + " ORDER BY s.due_on, s.id LIMIT 200")
                .params(params)
                .query((rs, row) -> new StrategyDiscussionDue(
                        rs.getLong(1),
                        rs.getString(2),
                        MeetingView.formatDay(rs.getDate(3).toLocalDate()),
                        rs.getDate(3).toLocalDate().isBefore(today)))
                .list();
    }

    private StrategyDiscussionView view(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        java.sql.Date held = rs.getDate("held_on");
        Object s47 = rs.getObject("section_47");
        return new StrategyDiscussionView(
                id,
                rs.getLong("child_id"),
                rs.getLong("screening_id"),
                rs.getString("triggers"),
                rs.getDate("due_on").toLocalDate(),
                rs.getString("status").equals("HELD"),
                Optional.ofNullable(held).map(java.sql.Date::toLocalDate),
                Optional.ofNullable((Boolean) s47),
                Optional.ofNullable(rs.getString("other_actions")).orElse(""),
                participants(id),
                rs.getInt("version"),
                LocalDate.now(clock));
    }

    private List<String> participants(long id) {
        return jdbc.sql(
                        "SELECT a.name || ': ' || p.names FROM strategy_participant p JOIN agency a ON a.id = p.agency_id"
                                + " WHERE p.discussion_id = :id ORDER BY a.name")
                .param("id", id)
                .query(String.class)
                .list();
    }
}
