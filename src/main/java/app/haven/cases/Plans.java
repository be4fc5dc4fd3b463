package app.haven.cases;

import app.haven.audit.AuditAction;
import app.haven.platform.HavenPrincipal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The support plan of a case. Every save names the version it started from; a stale save changes nothing and the
 * caller shows both versions, so two people editing one plan never overwrite each other silently.
 */
@Service
class Plans {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma");

    private final JdbcClient jdbc;
    private final CaseJournal journal;
    private final ChildNames names;
    private final Clock clock;

    Plans(JdbcClient jdbc, CaseJournal journal, ChildNames names, Clock clock) {
        this.names = names;
        this.jdbc = jdbc;
        this.journal = journal;
        this.clock = clock;
    }

    PlanView view(long caseId) {
        List<PlanView.Goal> goals = jdbc.sql(
                        "SELECT id, description, status FROM plan_goal WHERE case_id = :case ORDER BY id")
                .param("case", caseId)
                .query((rs, row) -> new PlanView.Goal(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
        List<PlanView.Intervention> actions = jdbc.sql("""
                        SELECT i.*, t.label AS type_label, a.name AS agency_name, u.display_name AS owner_name
                          FROM plan_intervention i JOIN intervention_type t ON t.code = i.type_code
                          JOIN agency a ON a.id = i.owner_agency_id LEFT JOIN user_account u ON u.id = i.owner_user_id
                         WHERE i.case_id = :case ORDER BY i.due_on, i.id
                        """)
                .param("case", caseId)
                .query((rs, row) -> intervention(rs))
                .list();
        return jdbc.sql("""
                        SELECT p.*, u.display_name FROM case_plan p JOIN user_account u ON u.id = p.updated_by
                         WHERE p.case_id = :case
                        """)
                .param("case", caseId)
                .query((rs, row) -> new PlanView(
                        caseId,
                        text(rs.getString("child_view")),
                        text(rs.getString("child_wants_to_work_with")),
                        text(rs.getString("carer_view")),
                        rs.getString("display_name"),
                        WHEN.format(rs.getTimestamp("updated_at").toInstant().atZone(ZoneId.of("Europe/London"))),
                        rs.getInt("version"),
                        goals,
                        actions))
                .single();
    }

    /** Saves the views in the plan; false when someone saved the plan since {@code version} (nothing saved). */
    @Transactional
    boolean saveViews(
            CaseRef ref, int version, String childView, String wantsToWorkWith, String carerView, HavenPrincipal user) {
        int updated = jdbc.sql("""
                        UPDATE case_plan SET child_view = :child, child_wants_to_work_with = :with, carer_view = :carer,
                               updated_at = :now, updated_by = :user, version = version + 1
                         WHERE case_id = :case AND version = :version
                        """)
                .param("child", blankToNull(childView))
                .param("with", blankToNull(wantsToWorkWith))
                .param("carer", blankToNull(carerView))
                .param("now", Timestamp.from(clock.instant()))
                .param("user", user.userId())
                .param("case", ref.caseId())
                .param("version", version)
                .update();
        if (updated == 1) {
            journal.step(
                    ref,
                    "case-plan",
                    ref.caseId(),
                    "cases.plan-changed",
                    "Plan changed",
                    childView.isBlank() ? "Support plan updated" : "Support plan updated with the child's view",
                    false,
                    user);
        }
        return updated == 1;
    }

    @Transactional
    long addGoal(CaseRef ref, String description, HavenPrincipal user) {
        long id = jdbc.sql("""
                        INSERT INTO plan_goal (case_id, description, added_at, added_by)
                        VALUES (:case, :description, :now, :user) RETURNING id
                        """)
                .param("case", ref.caseId())
                .param("description", description)
                .param("now", Timestamp.from(clock.instant()))
                .param("user", user.userId())
                .query(Long.class)
                .single();
        touch(ref.caseId(), user);
        journal.audited(AuditAction.CREATE, "plan-goal", id, ref.childId(), "goal added to the plan");
        return id;
    }

    /** Marks a goal achieved, not achieved or open again; false if the goal is not this plan's. */
    @Transactional
    boolean setGoalStatus(CaseRef ref, long goalId, String status, HavenPrincipal user) {
        int updated = jdbc.sql("UPDATE plan_goal SET status = :status WHERE id = :id AND case_id = :case")
                .param("status", status)
                .param("id", goalId)
                .param("case", ref.caseId())
                .update();
        if (updated == 1) {
            touch(ref.caseId(), user);
            journal.step(
                    ref,
                    "plan-goal",
                    goalId,
                    "cases.plan-changed",
                    "Plan changed",
                    "Support plan goal marked " + PlanStatus.goalLabel(status).toLowerCase(java.util.Locale.UK),
                    false,
                    user);
        }
        return updated == 1;
    }

    @Transactional
    long addIntervention(CaseRef ref, InterventionForm form, long ownerAgency, HavenPrincipal user) {
        long id = jdbc.sql("""
                        INSERT INTO plan_intervention (case_id, goal_id, type_code, description, owner_agency_id,
                               owner_user_id, starts_on, due_on, status, updated_at, updated_by)
                        VALUES (:case, :goal, :type, :description, :agency, :owner, :starts, :due, :status, :now, :user)
                        RETURNING id
                        """)
                .params(interventionParams(form, ownerAgency, user))
                .param("case", ref.caseId())
                .query(Long.class)
                .single();
        touch(ref.caseId(), user);
        remind(ref, id, form);
        journal.step(
                ref,
                "plan-intervention",
                id,
                "cases.plan-changed",
                "Plan changed",
                "Action added to the support plan",
                false,
                user);
        return id;
    }

    /** Saves an action if nobody changed it since the form's version; false on a conflict (nothing saved). */
    @Transactional
    boolean updateIntervention(CaseRef ref, long id, InterventionForm form, long ownerAgency, HavenPrincipal user) {
        int updated = jdbc.sql("""
                        UPDATE plan_intervention SET goal_id = :goal, type_code = :type, description = :description,
                               owner_agency_id = :agency, owner_user_id = :owner, starts_on = :starts, due_on = :due,
                               status = :status, updated_at = :now, updated_by = :user, version = version + 1
                         WHERE id = :id AND case_id = :case AND version = :version
                        """)
                .params(interventionParams(form, ownerAgency, user))
                .param("id", id)
                .param("case", ref.caseId())
                .param("version", form.versionNumber())
                .update();
        if (updated == 0) {
            return false;
        }
        touch(ref.caseId(), user);
        remind(ref, id, form);
        journal.step(
                ref,
                "plan-intervention",
                id,
                "cases.plan-changed",
                "Plan changed",
                "Support plan action " + PlanStatus.label(form.status()).toLowerCase(java.util.Locale.UK),
                false,
                user);
        return true;
    }

    Optional<PlanView.Intervention> intervention(long caseId, long id) {
        return view(caseId).interventions().stream().filter(i -> i.id() == id).findFirst();
    }

    /** Any change to goals or actions is a new version of the plan, so a stale edit of the views is still caught. */
    private void touch(long caseId, HavenPrincipal user) {
        jdbc.sql(
                        "UPDATE case_plan SET version = version + 1, updated_at = :now, updated_by = :user WHERE case_id = :case")
                .param("now", Timestamp.from(clock.instant()))
                .param("user", user.userId())
                .param("case", caseId)
                .update();
    }

    /** The owner (or, for an agency-owned action, the lead professional) is reminded when the action is due. */
    private void remind(CaseRef ref, long id, InterventionForm form) {
        if (PlanStatus.finished(form.status())) {
            journal.publish(new CaseTaskDone(CaseTask.actionKey(id)));
        } else {
            journal.publish(CaseTask.planAction(
                    id,
                    ref.caseId(),
                    ref.childId(),
                    names.of(ref.childId()),
                    form.ownerUser().orElse(ref.leadUserId()),
                    abbreviate(form.description()),
                    form.dueOn().toDate().orElseThrow()));
        }
    }

    private java.util.Map<String, Object> interventionParams(
            InterventionForm form, long ownerAgency, HavenPrincipal user) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("goal", form.goalId().orElse(null));
        params.put("type", form.type());
        params.put("description", form.description());
        params.put("agency", ownerAgency);
        params.put("owner", form.ownerUser().orElse(null));
        params.put("starts", form.startsOn().toDate().map(Date::valueOf).orElse(null));
        params.put("due", Date.valueOf(form.dueOn().toDate().orElseThrow()));
        params.put("status", form.status());
        params.put("now", Timestamp.from(clock.instant()));
        params.put("user", user.userId());
        return params;
    }

    private static PlanView.Intervention intervention(ResultSet rs) throws SQLException {
        LocalDate due = rs.getDate("due_on").toLocalDate();
        LocalDate starts =
                rs.getDate("starts_on") == null ? null : rs.getDate("starts_on").toLocalDate();
        long owner = rs.getLong("owner_user_id");
        long goal = rs.getLong("goal_id");
        return new PlanView.Intervention(
                rs.getLong("id"),
                goal == 0 ? null : goal,
                rs.getString("type_code"),
                rs.getString("type_label"),
                rs.getString("description"),
                rs.getLong("owner_agency_id"),
                rs.getString("agency_name"),
                owner == 0 ? null : owner,
                rs.getString("owner_name"),
                starts == null ? "" : CaseDates.format(starts),
                CaseDates.format(due),
                due,
                starts,
                rs.getString("status"),
                rs.getInt("version"));
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static Object blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
