package app.haven.meetings;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalates overdue actions by the clock: to the owner's line manager after the manager grace period, then to the
 * meeting's chair after the chair grace period. Run every quarter of an hour; idempotent, and safe on many nodes:
 * each step is claimed by an update that only one run can make (the level moves on once), so a task is raised
 * once however often or wherever the check runs, and one missed while Haven was down is raised on the next run.
 */
@Service
class ActionEscalation {

    private record Overdue(
            long id,
            Optional<Long> child,
            String description,
            String owner,
            Optional<Long> manager,
            long chair,
            LocalDate dueOn,
            int level) {}

    private final JdbcClient jdbc;
    private final MeetingSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActionEscalation(JdbcClient jdbc, MeetingSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${haven.meetings.escalation-check:PT15M}", initialDelayString = "PT1M")
    void scheduled() {
        escalate();
    }

    /** Escalates every action due for it today; returns how many moved on. */
    @Transactional
    int escalate() {
        MeetingSettings.Values values = settings.current();
        LocalDate today = LocalDate.now(clock);
        int moved = 0;
        for (Overdue action : overdue(today.minusDays(values.managerGraceDays()))) {
            int level = Escalation.levelDue(
                    action.dueOn(),
                    today,
                    values.managerGraceDays(),
                    values.chairGraceDays(),
                    action.manager().isPresent(),
                    action.level());
            if (level > action.level() && claim(action, level)) {
                raise(action, level, today);
                moved++;
            }
        }
        return moved;
    }

    private List<Overdue> overdue(LocalDate dueBefore) {
        return jdbc.sql("""
                        SELECT a.id, a.child_id, a.description, o.display_name, o.manager_id, m.chair_user_id, a.due_on,
                               a.escalation_level
                          FROM meeting_action a JOIN user_account o ON o.id = a.owner_user_id
                          JOIN meeting m ON m.id = a.meeting_id
                         WHERE a.status IN ('OPEN', 'IN_PROGRESS') AND a.due_on < :before AND a.escalation_level < 2
                         ORDER BY a.due_on, a.id
                        """)
                .param("before", Date.valueOf(dueBefore))
                .query((rs, row) -> new Overdue(
                        rs.getLong(1),
                        Optional.ofNullable(rs.getObject(2, Long.class)),
                        rs.getString(3),
                        rs.getString(4),
                        Optional.ofNullable(rs.getObject(5, Long.class)),
                        rs.getLong(6),
                        rs.getDate(7).toLocalDate(),
                        rs.getInt(8)))
                .list();
    }

    /** Moves the level on only from the level read, so two runs never raise the same step twice. */
    private boolean claim(Overdue action, int level) {
        return jdbc.sql("""
                        UPDATE meeting_action SET escalation_level = :level,
                               escalated_to_manager = coalesce(CAST(:manager AS bigint), escalated_to_manager)
                         WHERE id = :id AND escalation_level = :from AND status IN ('OPEN', 'IN_PROGRESS')
                        """)
                        .param("level", level)
                        .param(
                                "manager",
                                level == Escalation.MANAGER ? action.manager().orElse(null) : null)
                        .param("id", action.id())
                        .param("from", action.level())
                        .update()
                == 1;
    }

    private void raise(Overdue action, int level, LocalDate today) {
        if (level == Escalation.MANAGER) {
            events.publishEvent(MeetingTask.toManager(
                    action.id(),
                    action.child(),
                    action.manager().orElseThrow(),
                    action.owner(),
                    action.description(),
                    today));
        } else {
            events.publishEvent(MeetingTask.toChair(
                    action.id(), action.child(), action.chair(), action.owner(), action.description(), today));
        }
    }
}
