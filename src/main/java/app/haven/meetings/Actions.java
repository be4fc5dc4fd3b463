package app.haven.meetings;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.identity.ChildInvolvements;
import app.haven.platform.HavenPrincipal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions a meeting gives to a person of an agency. The action reaches the owner's inbox at once; the owner may open
 * the child's record while it is open (an involvement, ended when the action is done or cancelled). Updates are kept
 * with the status they left; finishing an action clears every task it raised (the owner's and any escalation).
 */
@Service
class Actions {

    /** What the meeting decided: about a child (from their agenda item) or about a topic or the meeting itself. */
    record NewAction(
            MeetingView meeting,
            Optional<Long> agendaItemId,
            Optional<Long> childId,
            String description,
            long ownerUserId,
            LocalDate dueOn) {}

    private final JdbcClient jdbc;
    private final ChildInvolvements involvements;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Actions(
            JdbcClient jdbc,
            ChildInvolvements involvements,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.involvements = involvements;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    long assign(NewAction action, HavenPrincipal user) {
        long ownerAgency = jdbc.sql("SELECT agency_id FROM user_account WHERE id = :id")
                .param("id", action.ownerUserId())
                .query(Long.class)
                .single();
        Optional<Long> involvement = action.childId()
                .flatMap(child -> action.meeting()
                        .areaId()
                        .map(area -> involvements.start(
                                child, area, ownerAgency, Optional.empty(), Optional.of(action.ownerUserId()))));
        long id = jdbc.sql("""
                        INSERT INTO meeting_action (meeting_id, agenda_item_id, child_id, description, owner_user_id,
                               owner_agency_id, due_on, involvement_id, created_by, created_at)
                        VALUES (:meeting, :item, :child, :what, :owner, :agency, :due, :involvement, :user, :now)
                        RETURNING id
                        """)
                .param("meeting", action.meeting().id())
                .param("item", action.agendaItemId().orElse(null))
                .param("child", action.childId().orElse(null))
                .param("what", action.description())
                .param("owner", action.ownerUserId())
                .param("agency", ownerAgency)
                .param("due", Date.valueOf(action.dueOn()))
                .param("involvement", involvement.orElse(null))
                .param("user", user.userId())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        events.publishEvent(
                MeetingTask.action(id, action.childId(), action.ownerUserId(), action.description(), action.dueOn()));
        audit.record(AuditAction.CREATE, "meeting-action", id, action.childId(), Optional.of("action given"));
        return id;
    }

    /** Records progress; false (nothing saved) when the action changed since {@code version} was read. */
    @Transactional
    boolean update(
            long actionId, Optional<Long> childId, String status, String note, int version, HavenPrincipal user) {
        boolean closes = ActionStatus.closes(status);
        int updated = jdbc.sql("""
                        UPDATE meeting_action SET status = :status, version = version + 1,
                               closed_at = CASE WHEN :closes THEN CAST(:now AS timestamptz) END
                         WHERE id = :id AND version = :version
                        """)
                .param("status", status)
                .param("closes", closes)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", actionId)
                .param("version", version)
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("""
                        INSERT INTO meeting_action_update (action_id, status, note, recorded_by, recorded_at)
                        VALUES (:action, :status, :note, :user, :now)
                        """)
                .param("action", actionId)
                .param("status", status)
                .param("note", note)
                .param("user", user.userId())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (closes) {
            finish(actionId);
        }
        audit.record(
                AuditAction.UPDATE,
                "meeting-action",
                actionId,
                childId,
                Optional.of("action " + ActionStatus.label(status).toLowerCase(java.util.Locale.UK)));
        return true;
    }

    private void finish(long actionId) {
        events.publishEvent(new MeetingTaskDone(MeetingTask.ownerKey(actionId)));
        events.publishEvent(new MeetingTaskDone(MeetingTask.managerKey(actionId)));
        events.publishEvent(new MeetingTaskDone(MeetingTask.chairKey(actionId)));
        jdbc.sql("SELECT involvement_id FROM meeting_action WHERE id = :id AND involvement_id IS NOT NULL")
                .param("id", actionId)
                .query(Long.class)
                .optional()
                .ifPresent(involvements::end);
    }
}
