package app.haven.cases;

import app.haven.identity.ChildAccess;
import app.haven.identity.SqlCondition;
import app.haven.platform.HavenPrincipal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a case: the lead professional (or anyone running it) asks, with the outcome, reason and summary; a manager
 * who did not ask approves or rejects it. Only approval closes the case and stops its reminders.
 */
@Service
class Closures {

    private final JdbcClient jdbc;
    private final CaseJournal journal;
    private final ChildNames names;
    private final TeamAroundChild team;
    private final CaseSettings settings;
    private final Cases cases;
    private final ChildAccess access;
    private final Clock clock;

    Closures(
            JdbcClient jdbc,
            CaseJournal journal,
            ChildNames names,
            Cases cases,
            TeamAroundChild team,
            CaseSettings settings,
            ChildAccess access,
            Clock clock) {
        this.names = names;
        this.team = team;
        this.settings = settings;
        this.jdbc = jdbc;
        this.journal = journal;
        this.cases = cases;
        this.access = access;
        this.clock = clock;
    }

    /** Asks for closure; empty if a request is already waiting for a manager. */
    @Transactional
    Optional<Long> request(CaseRef ref, String outcome, String reason, String summary, HavenPrincipal user) {
        long id;
        try {
            id = jdbc.sql("""
                            INSERT INTO case_closure (case_id, outcome, reason, summary, requested_by, requested_at, status)
                            VALUES (:case, :outcome, :reason, :summary, :user, :now, 'PENDING') RETURNING id
                            """)
                    .param("case", ref.caseId())
                    .param("outcome", outcome)
                    .param("reason", reason)
                    .param("summary", summary)
                    .param("user", user.userId())
                    .param("now", Timestamp.from(clock.instant()))
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException alreadyPending) {
            return Optional.empty();
        }
        journal.publish(CaseTask.approveClosure(
                id,
                ref.caseId(),
                ref.childId(),
                names.of(ref.childId()),
                LocalDate.now(clock).plusDays(5)));
        journal.step(
                ref,
                "case-closure",
                id,
                "cases.closure-requested",
                "Closure requested",
                "Closure requested: "
                        + CaseChoices.label(CaseChoices.OUTCOMES, outcome).toLowerCase(java.util.Locale.UK),
                false,
                user);
        return Optional.of(id);
    }

    /**
     * Approves or rejects a pending closure; false if there is none or the manager asked for it themselves. On
     * approval the case closes and its open reminders are done.
     */
    @Transactional
    boolean decide(long closureId, boolean approve, String note, HavenPrincipal manager) {
        Optional<PendingClosure> pending =
                find(closureId).filter(p -> p.closure().pending());
        int updated = jdbc.sql("""
                        UPDATE case_closure SET status = :status, decided_by = :user, decided_at = :now, decision_note = :note
                         WHERE id = :id AND status = 'PENDING' AND requested_by <> :user
                        """)
                .param("status", approve ? "APPROVED" : "REJECTED")
                .param("user", manager.userId())
                .param("now", Timestamp.from(clock.instant()))
                .param("note", note.isBlank() ? null : note)
                .param("id", closureId)
                .update();
        if (updated == 0 || pending.isEmpty()) {
            return false;
        }
        journal.publish(new CaseTaskDone(CaseTask.closureKey(closureId)));
        CaseRef ref = jdbc.sql("SELECT id, child_id, area_id, lead_user_id FROM child_case WHERE id = :id")
                .param("id", pending.get().caseId())
                .query((rs, row) -> new CaseRef(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
        if (approve) {
            close(ref, closureId, manager);
        } else {
            long requester = jdbc.sql("SELECT requested_by FROM case_closure WHERE id = :id")
                    .param("id", closureId)
                    .query(Long.class)
                    .single();
            journal.publish(CaseTask.closureNotApproved(
                    closureId, ref.caseId(), ref.childId(), names.of(ref.childId()), requester, LocalDate.now(clock)));
            journal.step(
                    ref,
                    "case-closure",
                    closureId,
                    "cases.closure-rejected",
                    "Closure not approved",
                    "A manager did not approve closing the case; it stays on the register",
                    false,
                    manager);
        }
        return true;
    }

    private void close(CaseRef ref, long closureId, HavenPrincipal manager) {
        List<String> asked = jdbc.sql("SELECT outcome, reason FROM case_closure WHERE id = :id")
                .param("id", closureId)
                .query((rs, row) -> List.of(rs.getString(1), rs.getString(2)))
                .single();
        String outcome = asked.get(0);
        jdbc.sql("UPDATE child_case SET status = 'CLOSED', closed_on = :today, version = version + 1 WHERE id = :id")
                .param("today", Date.valueOf(LocalDate.now(clock)))
                .param("id", ref.caseId())
                .update();
        cases.statusChange(ref.caseId(), "CLOSED", CaseChoices.label(CaseChoices.OUTCOMES, outcome), manager);
        team.limitMembersAccess(
                ref,
                Optional.of(
                        clock.instant().plus(Duration.ofDays(settings.current().teamAccessDays()))));
        List.of(
                        CaseTask.reviewKey(ref.caseId()),
                        CaseTask.planningKey(ref.caseId()),
                        CaseTask.transitionKey(ref.caseId()))
                .forEach(key -> journal.publish(new CaseTaskDone(key)));
        jdbc.sql("SELECT id FROM plan_intervention WHERE case_id = :case")
                .param("case", ref.caseId())
                .query(Long.class)
                .list()
                .forEach(action -> journal.publish(new CaseTaskDone(CaseTask.actionKey(action))));
        journal.audited(app.haven.audit.AuditAction.UPDATE, "case", ref.caseId(), ref.childId(), "closed");
        journal.publish(new CaseClosed(
                ref.caseId(),
                ref.childId(),
                ref.areaId(),
                outcome,
                CaseChoices.label(CaseChoices.OUTCOMES, outcome),
                asked.get(1),
                clock.instant(),
                manager.userId(),
                manager.agencyId()));
    }

    /** Closures waiting for a manager, for children this manager may open, oldest first. */
    List<PendingClosure> pendingFor(HavenPrincipal manager) {
        SqlCondition scope = access.visibleChildren(manager, "k.child_id");
        Map<String, Object> params = new HashMap<>(scope.parameters());
        return query("c.status = 'PENDING' AND " + scope.sql(), params);
    }

    Optional<PendingClosure> find(long closureId) {
        return query("c.id = :closure", Map.of("closure", closureId)).stream().findFirst();
    }

    private List<PendingClosure> query(String where, Map<String, Object> params) {
        return jdbc.sql("""
                        SELECT c.*, k.child_id, r.display_name AS requester, d.display_name AS decider FROM case_closure c
                          JOIN child_case k ON k.id = c.case_id
                          JOIN user_account r ON r.id = c.requested_by LEFT JOIN user_account d ON d.id = c.decided_by
                         WHERE\s""" + where + " ORDER BY c.requested_at, c.id")
                .params(params)
                .query((rs, row) -> new PendingClosure(
                        rs.getLong("id"), rs.getLong("case_id"), rs.getLong("child_id"), CaseQueries.closure(rs)))
                .list();
    }
}
