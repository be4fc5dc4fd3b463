package app.haven.insight;

import app.haven.cases.CaseFixtures;
import app.haven.identity.TestAccounts;
import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Adds to a {@link MeasureDataset} (in its own area) what the support and meetings measures count, with answers worked
 * out by hand in {@link SupportMeasuresIT}: plans with and without the child's view, case file audits either side of
 * the 2016/17 boundaries, closures at 18 and on transfer of children with and without additional needs, strategy
 * discussions held on time, late and not yet, and meeting actions done on time, late (by the London clock), not done
 * and cancelled.
 */
@Component
class SupportMeasureDataset {

    /** Children G (case closed at 18 in 2016/17) and H (transferred on 1 April 2017), both with additional needs. */
    record Added(long g, long h) {}

    private final JdbcClient jdbc;
    private final TestAccounts accounts;
    private final CaseFixtures cases;

    SupportMeasureDataset(JdbcClient jdbc, TestAccounts accounts, CaseFixtures cases) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.cases = cases;
    }

    Added add(MeasureDataset.Built built) {
        TestAccounts.Account by = built.coordinator();
        plan(caseOf(built.a()), "I want to stay at my school", by);
        plan(caseOf(built.b()), "   ", by);
        plan(caseOf(built.c()), null, by);
        plan(caseOf(built.d()), "I want to see my sister", by);
        audit(caseOf(built.a()), "GOOD", "2016-10-01T10:00", by);
        audit(caseOf(built.a()), "OUTSTANDING", "2016-11-01T10:00", by);
        audit(caseOf(built.b()), "REQUIRES_IMPROVEMENT", "2017-01-15T10:00", by);
        audit(caseOf(built.c()), "GOOD", "2016-04-01T00:30", by);
        audit(caseOf(built.c()), "INADEQUATE", "2017-04-01T00:30", by);
        long g = cases.child(by, "Gem", LocalDate.of(1998, 10, 10), true);
        long h = cases.child(by, "Hal", LocalDate.of(2004, 1, 1), true);
        long caseG = closedCase(by, g, "2015-01-01", "2016-10-10");
        closure(by, caseG, "TRANSFERRED", "REJECTED", "2016-09-01T10:00");
        closure(by, caseG, "TURNED_18", "APPROVED", "2016-10-10T12:00");
        closure(by, closedCase(by, h, "2015-02-01", "2017-04-01"), "TRANSFERRED", "APPROVED", "2017-04-01T00:30");
        closure(by, caseOf(built.e()), "TURNED_18", "APPROVED", "2016-12-31T12:00");
        discussion(built.a(), "2016-06-01", "2016-05-30", by);
        discussion(built.b(), "2016-07-01", "2016-07-05", by);
        discussion(built.c(), "2017-03-31", null, by);
        discussion(built.d(), "2017-04-01", null, by);
        long meeting = meeting(by, built.area());
        action(meeting, "2016-06-10", "DONE", "2016-06-10T23:30", by);
        action(meeting, "2016-06-10", "DONE", "2016-06-11T00:30", by);
        action(meeting, "2016-09-01", "OPEN", null, by);
        action(meeting, "2016-09-01", "CANCELLED", "2016-08-01T10:00", by);
        action(meeting, "2017-04-01", "OPEN", null, by);
        return new Added(g, h);
    }

    private long caseOf(long child) {
        return jdbc.sql("SELECT id FROM child_case WHERE child_id = :child")
                .param("child", child)
                .query(Long.class)
                .single();
    }

    private void plan(long caseId, String childView, TestAccounts.Account by) {
        jdbc.sql(
                        "INSERT INTO case_plan (case_id, child_view, updated_at, updated_by) VALUES (:case, :view, now(), :by)")
                .param("case", caseId)
                .param("view", childView)
                .param("by", by.id())
                .update();
    }

    private void audit(long caseId, String grade, String at, TestAccounts.Account by) {
        jdbc.sql("""
                        INSERT INTO case_file_audit (case_id, grade, findings, audited_by, audited_at)
                        VALUES (:case, :grade, 'Test findings', :by, :at)
                        """)
                .param("case", caseId)
                .param("grade", grade)
                .param("by", by.id())
                .param("at", MeasureDataset.at(at))
                .update();
    }

    private long closedCase(TestAccounts.Account by, long child, String opened, String closed) {
        return jdbc.sql("""
                        INSERT INTO child_case (child_id, area_id, status, opened_on, opened_at, opened_by, opening_reason,
                                                lead_user_id, next_review_on, planning_meeting_due_on, closed_on)
                        VALUES (:child, :area, 'CLOSED', :opened, :openedAt, :by, 'Test', :by, :opened, :opened, :closed)
                        RETURNING id
                        """)
                .param("child", child)
                .param("area", cases.areaOf(by))
                .param("opened", Date.valueOf(opened))
                .param("openedAt", MeasureDataset.at(opened + "T09:00"))
                .param("by", by.id())
                .param("closed", Date.valueOf(closed))
                .query(Long.class)
                .single();
    }

    private void closure(TestAccounts.Account by, long caseId, String reason, String status, String decided) {
        TestAccounts.Account manager = accounts.colleague(by, "TEAM_MANAGER");
        jdbc.sql("""
                        INSERT INTO case_closure (case_id, outcome, reason, summary, requested_by, requested_at, status,
                                                  decided_by, decided_at)
                        VALUES (:case, 'RISK_REDUCED', :reason, 'Test', :by, :at, :status, :manager, :at)
                        """)
                .param("case", caseId)
                .param("reason", reason)
                .param("status", status)
                .param("by", by.id())
                .param("manager", manager.id())
                .param("at", MeasureDataset.at(decided))
                .update();
    }

    private void discussion(long child, String due, String held, TestAccounts.Account by) {
        long screening = jdbc.sql("""
                        INSERT INTO screening (child_id, tool_id, tool_version, status, completed_by, agency_id,
                               screening_date, band_code, band_label, band_rank, started_at, updated_at, completed_at)
                        SELECT :child, 'cse-levels', 1, 'COMPLETED', u.id, u.agency_id, :due, 'HIGH', 'High', 3, now(),
                               now(), now() FROM user_account u WHERE u.id = :by RETURNING id
                        """)
                .param("child", child)
                .param("due", Date.valueOf(due))
                .param("by", by.id())
                .query(Long.class)
                .single();
        jdbc.sql("""
                        INSERT INTO strategy_discussion (child_id, screening_id, task_key, triggers, due_on, status, held_on,
                                                         section_47, created_at)
                        VALUES (:child, :screening, 'screening-strategy:' || :screening, 'Test trigger', :due,
                                CASE WHEN CAST(:held AS date) IS NULL THEN 'DUE' ELSE 'HELD' END, :held,
                                CASE WHEN CAST(:held AS date) IS NULL THEN NULL ELSE false END, now())
                        """)
                .param("child", child)
                .param("screening", screening)
                .param("due", Date.valueOf(due))
                .param("held", held == null ? null : Date.valueOf(held))
                .update();
    }

    private long meeting(TestAccounts.Account by, long area) {
        long group = jdbc.sql("""
                        INSERT INTO meeting_group (area_id, name, chair_user_id, created_by, created_at)
                        VALUES (:area, 'Measures group ' || :area, :by, :by, now()) RETURNING id
                        """)
                .param("area", area)
                .param("by", by.id())
                .query(Long.class)
                .single();
        return jdbc.sql("""
                        INSERT INTO meeting (group_id, type_code, area_id, starts_at, place, chair_user_id, period_from,
                                             created_by, created_at)
                        VALUES (:group, 'CSE_GROUP', :area, :at, 'Test room', :by, :at, :by, now()) RETURNING id
                        """)
                .param("group", group)
                .param("area", area)
                .param("at", MeasureDataset.at("2016-05-01T10:00"))
                .param("by", by.id())
                .query(Long.class)
                .single();
    }

    private void action(long meeting, String due, String status, String closed, TestAccounts.Account by) {
        jdbc.sql("""
                        INSERT INTO meeting_action (meeting_id, description, owner_user_id, owner_agency_id, due_on, status,
                                                    created_by, created_at, closed_at)
                        SELECT :meeting, 'Test action', u.id, u.agency_id, :due, :status, u.id, now(),
                               CAST(:closed AS timestamptz)
                          FROM user_account u WHERE u.id = :by
                        """)
                .param("meeting", meeting)
                .param("due", Date.valueOf(due))
                .param("status", status)
                .param("closed", closed == null ? null : MeasureDataset.at(closed))
                .param("by", by.id())
                .update();
    }
}
