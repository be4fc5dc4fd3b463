package app.haven.work;

import app.haven.identity.ChildAccess;
import app.haven.identity.SqlCondition;
import app.haven.platform.GenericPlans;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.InboxTaskDone;
import app.haven.platform.InboxTaskRaised;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;

/**
 * Each user's tasks. Tasks are stored by synchronous listeners in the raising transaction (a change never commits
 * without its task) and judged due or overdue against the clock when read, so a reminder that fell due while
 * Haven was down shows as overdue when it is back.
 */
@Service
class Inbox {

    private final JdbcClient jdbc;
    private final ChildAccess access;
    private final Clock clock;
    private final GenericPlans plans;

    Inbox(JdbcClient jdbc, ChildAccess access, Clock clock, GenericPlans plans) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.access = access;
        this.clock = clock;
    }

    @EventListener
    void raise(InboxTaskRaised task) {
        jdbc.sql("""
                        INSERT INTO inbox_task (source_key, title, child_id, for_user, for_permission, due_on, show_from, link, raised_at)
                        VALUES (:key, :title, :child, :user, :permission, :due, :show, :link, :now)
                        ON CONFLICT (source_key) DO UPDATE SET title = EXCLUDED.title, due_on = EXCLUDED.due_on,
                            show_from = EXCLUDED.show_from,
                            link = EXCLUDED.link, for_user = EXCLUDED.for_user, for_permission = EXCLUDED.for_permission,
                            done_at = NULL, done_by = NULL
                        """)
                .param("key", task.sourceKey())
                .param("title", task.title())
                .param("child", task.childId().orElse(null))
                .param("user", task.forUser().orElse(null))
                .param("permission", task.forPermission().orElse(null))
                .param("due", Date.valueOf(task.dueOn()))
                .param("show", task.showFrom().map(Date::valueOf).orElse(null))
                .param("link", task.link())
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    @EventListener
    void close(InboxTaskDone done) {
        jdbc.sql("UPDATE inbox_task SET done_at = :now WHERE source_key = :key AND done_at IS NULL")
                .param("now", Timestamp.from(clock.instant()))
                .param("key", done.sourceKey())
                .update();
    }

    /** Open tasks for this user, soonest first: their own, and their permissions' for children they may open. */
    List<TaskView> openFor(HavenPrincipal user) {
        SqlCondition scope = access.visibleChildren(user, "t.child_id");
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("user", user.userId());
        params.put("permissions", permissions(user));
        LocalDate today = LocalDate.now(clock);
        params.put("today", Date.valueOf(today));
        return plans.read(() -> jdbc.sql(
                        "SELECT t.id, t.title, t.due_on, t.link, coalesce(t.for_user = :user, false) AS mine FROM inbox_task t"
                                + " WHERE t.done_at IS NULL AND (t.show_from IS NULL OR t.show_from <= :today) AND"
                                + " (t.for_user = :user OR (t.for_permission IN (:permissions) AND " + scope.sql()
                                + "))"
                                + " ORDER BY t.due_on, t.id LIMIT 200")
                .params(params)
                .query((rs, row) -> TaskView.of(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getDate("due_on").toLocalDate(),
                        rs.getString("link"),
                        rs.getBoolean("mine"),
                        today))
                .list());
    }

    /** Marks a task done, if it is one this user's inbox shows. */
    boolean markDone(long taskId, HavenPrincipal user) {
        boolean mine = openFor(user).stream().anyMatch(t -> t.id() == taskId);
        if (!mine) {
            return false;
        }
        return jdbc.sql("UPDATE inbox_task SET done_at = :now, done_by = :user WHERE id = :id AND done_at IS NULL")
                        .param("now", Timestamp.from(clock.instant()))
                        .param("user", user.userId())
                        .param("id", taskId)
                        .update()
                == 1;
    }

    private static List<String> permissions(HavenPrincipal user) {
        List<String> held = user instanceof UserDetails details
                ? details.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .toList()
                : List.of();
        return held.isEmpty() ? List.of("-") : held;
    }
}
