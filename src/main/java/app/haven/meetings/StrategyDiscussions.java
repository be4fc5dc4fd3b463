package app.haven.meetings;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.StrategyDiscussionLinks;
import app.haven.screening.ChildProtectionTrigger;
import app.haven.screening.StrategyDiscussionRequired;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Strategy discussions, opened when a screening records a child protection trigger and due by the screening
 * setting's working days (the date the screening's request carries). The request's inbox task is taken over, so the
 * alert leads to the discussion; recording the discussion (police and children's social care at least, Working
 * Together 2023) closes it and tells the chronology.
 */
@Service
class StrategyDiscussions implements StrategyDiscussionLinks {

    /** Who took part: agency id to the names of the people for it. */
    record Held(LocalDate heldOn, Map<Long, String> participants, boolean section47, String otherActions) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StrategyDiscussions(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens the discussion in the screening's transaction, before it commits: after the inbox has stored the
     * screening's task, so raising the same key again points that task at the discussion.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void required(StrategyDiscussionRequired request) {
        jdbc.sql("""
                        INSERT INTO strategy_discussion (child_id, screening_id, task_key, triggers, due_on, created_at)
                        VALUES (:child, :screening, :key, :triggers, :due, :now)
                        ON CONFLICT (screening_id) DO NOTHING
                        """)
                .param("child", request.child())
                .param("screening", request.screeningId())
                .param("key", request.sourceKey())
                .param(
                        "triggers",
                        request.triggers().stream()
                                .map(ChildProtectionTrigger::question)
                                .collect(Collectors.joining("\n")))
                .param("due", Date.valueOf(request.dueOn()))
                .param("now", Timestamp.from(clock.instant()))
                .update();
        // The same request again (a repeated event) re-raised the screening's task: point it at the discussion again,
        // or close it when the discussion has been held.
        jdbc.sql("SELECT id, status = 'HELD' FROM strategy_discussion WHERE screening_id = :screening")
                .param("screening", request.screeningId())
                .query((rs, row) -> (Object)
                        (rs.getBoolean(2)
                                ? new MeetingTaskDone(request.sourceKey())
                                : MeetingTask.strategyDiscussion(
                                        request.sourceKey(),
                                        request.title(),
                                        request.child(),
                                        rs.getLong(1),
                                        request.dueOn())))
                .list()
                .forEach(events::publishEvent);
    }

    @Override
    public Optional<String> forScreening(long screeningId) {
        return jdbc.sql("SELECT id FROM strategy_discussion WHERE screening_id = :id")
                .param("id", screeningId)
                .query(Long.class)
                .optional()
                .map(id -> "/strategy-discussions/" + id);
    }

    /** Records the discussion; false (nothing saved) when it was recorded or changed since {@code version}. */
    @Transactional
    boolean record(StrategyDiscussionView discussion, Held held, int version, HavenPrincipal user) {
        int updated = jdbc.sql("""
                        UPDATE strategy_discussion SET status = 'HELD', held_on = :held, section_47 = :s47,
                               other_actions = :other, recorded_by = :user, recorded_at = :now, version = version + 1
                         WHERE id = :id AND version = :version AND status = 'DUE'
                        """)
                .param("held", Date.valueOf(held.heldOn()))
                .param("s47", held.section47())
                .param("other", held.otherActions().isBlank() ? null : held.otherActions())
                .param("user", user.userId())
                .param("now", Timestamp.from(clock.instant()))
                .param("id", discussion.id())
                .param("version", version)
                .update();
        if (updated == 0) {
            return false;
        }
        held.participants()
                .forEach((agency, names) -> jdbc.sql("""
                        INSERT INTO strategy_participant (discussion_id, agency_id, names) VALUES (:id, :agency, :names)
                        """)
                        .param("id", discussion.id())
                        .param("agency", agency)
                        .param("names", names)
                        .update());
        String taskKey = jdbc.sql("SELECT task_key FROM strategy_discussion WHERE id = :id")
                .param("id", discussion.id())
                .query(String.class)
                .single();
        events.publishEvent(new MeetingTaskDone(taskKey));
        audit.record(
                AuditAction.UPDATE,
                "strategy-discussion",
                discussion.id(),
                Optional.of(discussion.childId()),
                Optional.of("strategy discussion recorded"));
        events.publishEvent(new StrategyDiscussionHeld(
                discussion.id(),
                discussion.childId(),
                held.section47(),
                agencyNames(discussion.id()),
                clock.instant(),
                user.userId(),
                user.agencyId()));
        return true;
    }

    private String agencyNames(long discussionId) {
        return String.join(
                ", ",
                jdbc.sql("SELECT a.name FROM strategy_participant p JOIN agency a ON a.id = p.agency_id"
                                + " WHERE p.discussion_id = :id ORDER BY a.name")
                        .param("id", discussionId)
                        .query(String.class)
                        .list());
    }
}
