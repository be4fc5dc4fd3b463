package app.haven.insight;

import app.haven.cases.CaseFixtures;
import app.haven.identity.TestAccounts;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A small hand-built dataset in one fresh area whose answers are worked out by hand in {@link MeasureSourcesIT}:
 * cases opened either side of the 2016/17 boundaries, missing episodes with interviews early and late, disclosures.
 */
@Component
class MeasureDataset {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** The area, its coordinator, and children A, B, C, E (new or open in 2016/17) and D, F (outside it). */
    record Built(TestAccounts.Account coordinator, long area, long a, long b, long c, long d, long e, long f) {}

    private final JdbcClient jdbc;
    private final TestAccounts accounts;
    private final CaseFixtures cases;

    MeasureDataset(JdbcClient jdbc, TestAccounts accounts, CaseFixtures cases) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.cases = cases;
    }

    Built build() {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        long area = cases.areaOf(coordinator);
        long a = cases.child(coordinator, "Ada", LocalDate.of(2003, 6, 1), false);
        long b = cases.child(coordinator, "Bea", LocalDate.of(2001, 1, 1), true);
        long c = cases.child(coordinator, "Cai", LocalDate.of(2002, 1, 1), false);
        long d = cases.child(coordinator, "Dee", LocalDate.of(2002, 1, 1), false);
        long e = cases.child(coordinator, "Eve", LocalDate.of(2008, 1, 1), false);
        long f = cases.child(coordinator, "Fay", LocalDate.of(2002, 1, 1), false);
        long caseA = openCase(coordinator, a, "2016-09-01", "High", 3, null, "2016-09-10", "2016-09-08");
        modelled(caseA, "ONLINE");
        long caseB = openCase(coordinator, b, "2016-05-01", "Medium", 2, "2017-02-01", "2016-05-10", "2016-05-20");
        modelled(caseB, "ONLINE");
        modelled(caseB, "PEER_ON_PEER");
        closure(coordinator, caseB, "RISK_REDUCED", at("2017-02-01T10:00"));
        openCase(coordinator, c, "2015-06-01", "Low", 1, null, "2015-06-10", null);
        openCase(coordinator, d, "2017-05-01", "Low", 1, null, "2017-05-10", null);
        openCase(coordinator, e, "2016-04-01", null, null, "2016-12-31", "2016-04-10", null);
        openCase(coordinator, f, "2017-04-01", "Low", 1, null, "2017-04-10", null);
        long first = episode(coordinator, a, "2016-06-01T20:00", "2016-06-02T08:00");
        interview(coordinator, first, "2016-06-03T10:00", "2016-06-04T10:00");
        long second = episode(coordinator, a, "2016-07-01T20:00", "2016-07-02T08:00");
        interview(coordinator, second, "2016-07-07T10:00", "2016-07-08T10:00");
        episode(coordinator, a, "2016-08-01T20:00", "2016-08-02T08:00");
        episode(coordinator, b, "2016-10-01T20:00", "2016-10-02T08:00");
        episode(coordinator, b, "2017-04-01T00:30", "2017-04-01T02:00");
        disclosure(coordinator, a, "2016-11-01T15:00", null);
        disclosure(coordinator, b, "2016-12-01T15:00", "INVESTIGATION_OPENED");
        return new Built(coordinator, area, a, b, c, d, e, f);
    }

    /** More children in the dataset's area identified at risk on the day given, with screening band High. */
    void moreNewCases(Built built, int children, String opened) {
        for (int i = 0; i < children; i++) {
            long child = cases.child(built.coordinator(), "Extra" + i, LocalDate.of(2003, 1, 1), false);
            openCase(built.coordinator(), child, opened, "High", 3, null, opened, opened);
        }
    }

    static Timestamp at(String local) {
        return Timestamp.from(LocalDateTime.parse(local).atZone(LONDON).toInstant());
    }

    private long openCase(
            TestAccounts.Account by,
            long child,
            String opened,
            String band,
            Integer rank,
            String closed,
            String meetingDue,
            String meetingHeld) {
        return jdbc.sql("""
                        INSERT INTO child_case (child_id, area_id, status, opened_on, opened_at, opened_by, opening_reason,
                                                lead_user_id, band_label, band_rank, next_review_on, planning_meeting_due_on,
                                                planning_meeting_held_on, closed_on)
                        VALUES (:child, :area, :status, :opened, :openedAt, :by, 'Test', :by, :band, :rank, :opened,
                                :due, :held, :closed) RETURNING id
                        """)
                .param("child", child)
                .param("area", cases.areaOf(by))
                .param("status", closed == null ? "OPEN" : "CLOSED")
                .param("opened", Date.valueOf(opened))
                .param("openedAt", at(opened + "T09:00"))
                .param("by", by.id())
                .param("band", band)
                .param("rank", rank)
                .param("due", Date.valueOf(meetingDue))
                .param("held", meetingHeld == null ? null : Date.valueOf(meetingHeld))
                .param("closed", closed == null ? null : Date.valueOf(closed))
                .query(Long.class)
                .single();
    }

    private void modelled(long caseId, String model) {
        jdbc.sql("INSERT INTO case_cse_model (case_id, model_code) VALUES (:case, :model)")
                .param("case", caseId)
                .param("model", model)
                .update();
    }

    private void closure(TestAccounts.Account by, long caseId, String outcome, Timestamp decided) {
        TestAccounts.Account manager = accounts.colleague(by, "TEAM_MANAGER");
        jdbc.sql("""
                        INSERT INTO case_closure (case_id, outcome, reason, summary, requested_by, requested_at, status,
                                                  decided_by, decided_at)
                        VALUES (:case, :outcome, 'RISK_MANAGED', 'Test', :by, :at, 'APPROVED', :manager, :at)
                        """)
                .param("case", caseId)
                .param("outcome", outcome)
                .param("by", by.id())
                .param("manager", manager.id())
                .param("at", decided)
                .update();
    }

    private long episode(TestAccounts.Account by, long child, String started, String ended) {
        return jdbc.sql("""
                        INSERT INTO missing_episode (child_id, area_id, category, reported_by, reported_at, started_at,
                                                     ended_at, risk_grade, risk_reason, graded_by, looked_after, recorded_by,
                                                     recorded_at, return_recorded_by, return_recorded_at)
                        VALUES (:child, :area, 'MISSING', 'Carer', :started, :started, :ended, 'MEDIUM', 'Test', 'Police',
                                false, :by, :started, :by, :ended) RETURNING id
                        """)
                .param("child", child)
                .param("area", cases.areaOf(by))
                .param("started", at(started))
                .param("ended", at(ended))
                .param("by", by.id())
                .query(Long.class)
                .single();
    }

    private void interview(TestAccounts.Account by, long episode, String offered, String held) {
        jdbc.sql("""
                        INSERT INTO return_interview (episode_id, outcome, offered_at, held_at, conducted_by,
                                                      conducted_agency_id, recorded_at)
                        SELECT :episode, 'COMPLETED', :offered, :held, u.id, u.agency_id, :held FROM user_account u
                         WHERE u.id = :by
                        """)
                .param("episode", episode)
                .param("offered", at(offered))
                .param("held", at(held))
                .param("by", by.id())
                .update();
    }

    private void disclosure(TestAccounts.Account by, long child, String when, String response) {
        Timestamp disclosed = at(when);
        jdbc.sql("""
                        INSERT INTO disclosure (child_id, area_id, disclosed_by, disclosed_to, disclosed_at, words, verbatim,
                                                about_description, kind_code, passed_to_police_at, response_due_on,
                                                response_code, response_on, recorded_by, recorded_agency_id, recorded_at)
                        SELECT :child, :area, 'Child', 'Worker', :at, 'Test words', true, 'An adult', 'SEXUAL_EXPLOITATION',
                               CASE WHEN :passed THEN CAST(:at AS timestamptz) END,
                               CASE WHEN :passed THEN CAST(:at AS date) + 5 END, :response,
                               CASE WHEN :passed THEN CAST(:at AS date) + 2 END, u.id, u.agency_id, :at
                          FROM user_account u WHERE u.id = :by
                        """)
                .param("child", child)
                .param("area", cases.areaOf(by))
                .param("at", disclosed)
                .param("passed", response != null)
                .param("response", response)
                .param("by", by.id())
                .update();
    }
}
