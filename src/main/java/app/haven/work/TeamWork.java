package app.haven.work;

import app.haven.platform.HavenPrincipal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Work shared within a team: handing a task to a teammate, and a manager's view of the overdue tasks of the people
 * they manage (their line reports and their team).
 */
@Service
class TeamWork {

    private final JdbcClient jdbc;
    private final Clock clock;

    TeamWork(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<Teammate> teammates(HavenPrincipal user) {
        return jdbc.sql("""
                        SELECT u.id, u.display_name FROM user_account u
                         WHERE u.enabled AND u.id <> :me
                           AND u.team_id = (SELECT team_id FROM user_account WHERE id = :me)
                         ORDER BY u.display_name
                        """)
                .param("me", user.userId())
                .query((rs, row) -> new Teammate(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** Hands one of the user's own open tasks to a teammate; false if the task or the teammate is not theirs. */
    boolean reassign(long taskId, long toUserId, HavenPrincipal user) {
        Optional<Teammate> to =
                teammates(user).stream().filter(t -> t.id() == toUserId).findFirst();
        if (to.isEmpty()) {
            return false;
        }
        return jdbc.sql("UPDATE inbox_task SET for_user = :to WHERE id = :id AND for_user = :me AND done_at IS NULL")
                        .param("to", toUserId)
                        .param("id", taskId)
                        .param("me", user.userId())
                        .update()
                == 1;
    }

    /** Overdue tasks of the manager's line reports and team members, oldest due first. */
    List<OverdueTask> overdueFor(HavenPrincipal manager) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                        SELECT t.id, t.title, t.due_on, u.display_name, t.link FROM inbox_task t
                          JOIN user_account u ON u.id = t.for_user
                         WHERE t.done_at IS NULL AND t.due_on < :today AND u.id <> :me
                           AND (u.manager_id = :me OR u.team_id = (SELECT team_id FROM user_account WHERE id = :me))
                         ORDER BY t.due_on, t.id LIMIT 500
                        """)
                .param("today", java.sql.Date.valueOf(today))
                .param("me", manager.userId())
                .query((rs, row) -> new OverdueTask(
                        rs.getLong(1),
                        rs.getString(2),
                        TaskView.DATE.format(rs.getDate(3).toLocalDate()),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }
}
