package app.haven.cases;

import app.haven.platform.DemoData;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes one demo case and what hangs off it, as the screens would have left it, dated in the recent past. */
final class DemoCases {

    /** An area's demo staff: the practitioner who leads its cases, its police investigator and its manager. */
    record Staff(
            long areaId,
            long practitionerId,
            long practitionerAgencyId,
            Long practitionerTeamId,
            long investigatorId,
            long investigatorAgencyId,
            Long investigatorTeamId,
            long managerId) {}

    static final String REASON = "Demo: concerns shared at the area's CSE multi-agency group";
    private static final String[] BANDS = {"No apparent risk", "Low", "Medium", "High"};
    private static final int[] RANKS = {3, 2, 1, 2};
    private static final String CLOSING_SUMMARY =
            "Demo: no missing episodes for six weeks, back in school full time, and the child knows who to call.";

    private final JdbcClient jdbc;
    private final Random random;
    private final DemoPlans.Catalogue catalogue;
    private final DemoPlans plans;
    private final LocalDate today;

    DemoCases(DemoData demo, DemoPlans.Catalogue catalogue, LocalDate today) {
        this.jdbc = demo.jdbc();
        this.random = demo.random();
        this.catalogue = catalogue;
        this.plans = new DemoPlans(jdbc, random, catalogue, today);
        this.today = today;
    }

    /**
     * An open case put on the register 1 to 120 days ago, reviewed on its band's cadence since; one in five has
     * its latest review overdue and one in six its planning meeting still to be held.
     */
    void open(long child, Staff staff, int index) {
        LocalDate opened = today.minusDays(1 + random.nextInt(120));
        // Bands in turn rather than at random, so every area's register shows High, Medium and Low.
        int rank = RANKS[index % RANKS.length];
        int weeks = catalogue.weeksByRank().getOrDefault(rank, 12);
        List<LocalDate> held = new ArrayList<>();
        LocalDate due = opened.plusWeeks(weeks);
        boolean overdue = random.nextInt(5) == 0;
        while (due.isBefore(today) && !(overdue && !due.plusWeeks(weeks).isBefore(today))) {
            held.add(due);
            due = due.plusWeeks(weeks);
        }
        long days = today.toEpochDay() - opened.toEpochDay();
        LocalDate meeting = random.nextInt(6) == 0 || days < 3
                ? null
                : opened.plusDays(3 + random.nextInt((int) Math.min(8, days - 2)));
        long id = insertCase(child, staff, opened, rank, due, meeting, null);
        details(id, child, staff, opened);
        plans.reviews(id, staff, held, weeks, BANDS[rank]);
    }

    /** A case opened 60 to 120 days ago and closed after a month or so, its closure approved by the manager. */
    void closed(long child, Staff staff) {
        LocalDate opened = today.minusDays(60 + random.nextInt(61));
        LocalDate closedOn = opened.plusDays(30 + random.nextInt(25));
        int rank = 1 + random.nextInt(2);
        LocalDate review = opened.plusWeeks(catalogue.weeksByRank().getOrDefault(rank, 12));
        long id = insertCase(child, staff, opened, rank, review, opened.plusDays(7), closedOn);
        details(id, child, staff, opened);
        jdbc.sql("""
                        INSERT INTO case_closure (case_id, outcome, reason, summary, requested_by, requested_at, status,
                                                  decided_by, decided_at, decision_note)
                        VALUES (:case, 'RISK_REDUCED', 'RISK_MANAGED', :summary, :by, :asked, 'APPROVED', :manager,
                                :decided, 'Agreed: the plan has done its work.')
                        """)
                .param("case", id)
                .param("summary", CLOSING_SUMMARY)
                .param("by", staff.practitionerId())
                .param("asked", at(closedOn.minusDays(2)))
                .param("manager", staff.managerId())
                .param("decided", at(closedOn))
                .update();
        statusChange(id, "CLOSED", "Demo: risk reduced", staff.managerId(), closedOn);
    }

    private long insertCase(
            long child,
            Staff staff,
            LocalDate opened,
            int rank,
            LocalDate review,
            LocalDate meeting,
            LocalDate closed) {
        return jdbc.sql("""
                        INSERT INTO child_case (child_id, area_id, status, opened_on, opened_at, opened_by, opening_reason,
                               lead_user_id, band_label, band_rank, last_screened_on, child_protection, next_review_on,
                               planning_meeting_due_on, planning_meeting_held_on, closed_on)
                        VALUES (:child, :area, :status, :opened, :at, :lead, :reason, :lead, :band, :rank, :screened, :cp,
                                :review, :due, :held, :closed)
                        RETURNING id
                        """)
                .param("child", child)
                .param("area", staff.areaId())
                .param("status", closed == null ? "OPEN" : "CLOSED")
                .param("opened", Date.valueOf(opened))
                .param("at", at(opened))
                .param("lead", staff.practitionerId())
                .param("reason", REASON)
                .param("band", BANDS[rank])
                .param("rank", rank)
                .param("screened", Date.valueOf(opened.minusDays(random.nextInt(5))))
                .param("cp", rank == 3 && random.nextInt(4) == 0)
                .param("review", Date.valueOf(review))
                .param("due", Date.valueOf(opened.plusDays(10)))
                .param("held", meeting == null ? null : Date.valueOf(meeting))
                .param("closed", closed == null ? null : Date.valueOf(closed))
                .query(Long.class)
                .single();
    }

    private void details(long id, long child, Staff staff, LocalDate opened) {
        statusChange(id, "OPENED", REASON, staff.practitionerId(), opened);
        plans.write(id, staff, opened);
        member(
                id,
                child,
                staff,
                staff.practitionerId(),
                staff.practitionerAgencyId(),
                staff.practitionerTeamId(),
                TeamAroundChild.LEAD_ROLE,
                opened);
        member(
                id,
                child,
                staff,
                staff.investigatorId(),
                staff.investigatorAgencyId(),
                staff.investigatorTeamId(),
                "Police CSE officer",
                opened);
    }

    /** A member of the team around the child, with the involvement that opens the child's record to them. */
    private void member(
            long id, long child, Staff staff, long user, long agency, Long team, String role, LocalDate opened) {
        long involvement = jdbc.sql("""
                        INSERT INTO child_involvement (child_id, area_id, agency_id, team_id, user_id, started_at)
                        VALUES (:child, :area, :agency, :team, :user, :at) RETURNING id
                        """)
                .param("child", child)
                .param("area", staff.areaId())
                .param("agency", agency)
                .param("team", team)
                .param("user", user)
                .param("at", at(opened))
                .query(Long.class)
                .single();
        jdbc.sql("""
                        INSERT INTO case_team_member (case_id, user_id, role, involvement_id, added_at, added_by)
                        VALUES (:case, :user, :role, :involvement, :at, :by)
                        """)
                .param("case", id)
                .param("user", user)
                .param("role", role)
                .param("involvement", involvement)
                .param("at", at(opened))
                .param("by", staff.practitionerId())
                .update();
    }

    private void statusChange(long id, String status, String reason, long by, LocalDate on) {
        jdbc.sql("""
                        INSERT INTO case_status_change (case_id, status, reason, changed_at, changed_by)
                        VALUES (:case, :status, :reason, :at, :by)
                        """)
                .param("case", id)
                .param("status", status)
                .param("reason", reason)
                .param("at", at(on))
                .param("by", by)
                .update();
    }

    /** Ten in the morning of a day: demo events happen in office hours. */
    static Timestamp at(LocalDate day) {
        return Timestamp.valueOf(day.atTime(10, 0));
    }
}
