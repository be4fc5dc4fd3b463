package app.haven.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haven.cases.CaseFixtures;
import app.haven.identity.TestAccounts;
import app.haven.platform.HavenPrincipal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The referral state machine through the pages: every legal step (each audited once, in the history, the decision
 * tasks cleared), every illegal one refused with nothing changed, a stale version refused, and the database refusing
 * an illegal status change made behind the application's back.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReferralStateMachineIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CaseFixtures cases;

    @Autowired
    ReferralFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    app.haven.platform.ReferralsAwaitingDecision awaiting;

    @Autowired
    QueueFigures figures;

    @Test
    void draftSentAcceptedClosedEachStepAuditedOnceAndTheDecisionTaskCleared() throws Exception {
        TestAccounts.Account school = fixtures.schoolLead();
        TestAccounts.Account worker = fixtures.serviceWorker(school);
        long child = cases.child(school, "Aurelie");
        Map<String, String> fields = fixtures.withoutConsent(worker);
        fields.put("action", "draft");
        assertThat(fixtures.refer(mvc, school, child, fields).getRedirectedUrl())
                .startsWith("/referrals/");
        long referral = fixtures.latestReferral(child);
        assertThat(fixtures.status(referral)).isEqualTo("DRAFT");
        assertThat(cases.inbox(mvc, worker)).noneMatch(t -> t.contains("Decide on a referral"));

        assertThat(fixtures.step(mvc, school, referral, "send", sharing()).getRedirectedUrl())
                .isEqualTo("/referrals/" + referral);
        assertThat(fixtures.status(referral)).isEqualTo("SENT");
        assertThat(cases.inbox(mvc, worker)).anyMatch(t -> t.contains("Decide on a referral"));
        assertThat(awaiting.childrenIn(cases.areaOf(school)))
                .as("on the next meeting's agenda")
                .contains(child);

        fixtures.step(mvc, worker, referral, "accept", Map.of("worker", String.valueOf(worker.id())));
        assertThat(fixtures.status(referral)).isEqualTo("ACCEPTED");
        assertThat(cases.inbox(mvc, worker)).noneMatch(t -> t.contains("Decide on a referral"));
        assertThat(awaiting.childrenIn(cases.areaOf(school))).doesNotContain(child);

        fixtures.step(mvc, worker, referral, "close", Map.of("outcome", "RISK_REDUCED"));
        assertThat(fixtures.status(referral)).isEqualTo("CLOSED");
        assertThat(fixtures.auditReasons(referral))
                .containsExactly("create:draft", "update:sent", "update:accepted", "update:closed");
        assertThat(history(referral)).containsExactly("DRAFT", "SENT", "ACCEPTED", "CLOSED");
    }

    @Test
    void theQueueAndCaseloadCountsFollowEveryStepAtOnceAndAgreeWithTheReferrals() throws Exception {
        TestAccounts.Account school = fixtures.schoolLead();
        TestAccounts.Account worker = fixtures.serviceWorker(school);
        HavenPrincipal reader = (HavenPrincipal) accounts.principal(worker);
        long first = sent(school, worker, "Philippa");
        long second = sent(school, worker, "Rosalind");
        assertThat(figures.of(reader)).isEqualTo(new QueueFigures.Figures(2, 0, 0, new OutcomeFigures(0, 0, 0, 0)));

        fixtures.step(mvc, worker, first, "accept", Map.of("worker", String.valueOf(worker.id())));
        assertThat(figures.of(reader)).isEqualTo(new QueueFigures.Figures(1, 1, 1, new OutcomeFigures(0, 0, 0, 0)));

        fixtures.step(mvc, worker, second, "decline", Map.of("declineReason", "Already open to our service"));
        fixtures.step(mvc, worker, first, "close", Map.of("outcome", "RISK_REDUCED"));
        assertThat(figures.of(reader)).isEqualTo(new QueueFigures.Figures(0, 0, 0, new OutcomeFigures(1, 1, 0, 0)));
        assertThat(figures.of((HavenPrincipal) accounts.principal(fixtures.serviceWorker(school))))
                .as("another service's worker in the same area counts none of them")
                .isEqualTo(new QueueFigures.Figures(0, 0, 0, new OutcomeFigures(0, 0, 0, 0)));

        // Every write any test made to referral so far, through the pages or straight to the table, is in the tallies.
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM (
                          SELECT to_agency_id, area_id, status, worker_id, count(*)::int AS n FROM referral
                           WHERE status IN ('SENT', 'ACCEPTED') GROUP BY 1, 2, 3, 4) live
                          FULL JOIN (SELECT * FROM referral_tally WHERE referrals > 0) t
                            ON (t.to_agency_id, t.area_id, t.status) = (live.to_agency_id, live.area_id, live.status)
                           AND t.worker_id IS NOT DISTINCT FROM live.worker_id
                         WHERE t.referrals IS DISTINCT FROM live.n
                        """).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM (
                          SELECT to_agency_id, area_id, (closed_at AT TIME ZONE 'Europe/London')::date AS closed_on,
                                 outcome, count(*)::int AS n FROM referral
                           WHERE status = 'CLOSED' AND outcome IS NOT NULL GROUP BY 1, 2, 3, 4) live
                          FULL JOIN (SELECT * FROM referral_outcome_tally WHERE referrals > 0) t
                            ON (t.to_agency_id, t.area_id, t.closed_on, t.outcome)
                             = (live.to_agency_id, live.area_id, live.closed_on, live.outcome)
                         WHERE t.referrals IS DISTINCT FROM live.n
                        """).query(Long.class).single()).isZero();
    }

    @Test
    void declinedNeedsAReasonAndTheReferrerClosesIt() throws Exception {
        TestAccounts.Account school = fixtures.schoolLead();
        TestAccounts.Account worker = fixtures.serviceWorker(school);
        long referral = sent(school, worker, "Beatrix");
        int version = fixtures.version(referral);

        Document refused = page(fixtures.step(mvc, worker, referral, "decline", Map.of("declineReason", "  ")));
        assertThat(refused.select(".govuk-error-summary").text()).contains("Say why the referral is declined");
        assertThat(fixtures.status(referral)).isEqualTo("SENT");
        assertThat(fixtures.version(referral)).isEqualTo(version);

        fixtures.step(mvc, worker, referral, "decline", Map.of("declineReason", "Already open to our service"));
        assertThat(fixtures.status(referral)).isEqualTo("DECLINED");
        assertThat(fixtures.step(mvc, worker, referral, "close", Map.of()).getStatus())
                .as("the receiver does not close what it declined")
                .isEqualTo(403);
        fixtures.step(mvc, school, referral, "close", Map.of());
        assertThat(fixtures.status(referral)).isEqualTo("CLOSED");
        assertThat(fixtures.auditReasons(referral)).containsExactly("create:sent", "update:declined", "update:closed");
    }

    @Test
    void redirectedNamesTheAgencyItShouldGoTo() throws Exception {
        TestAccounts.Account school = fixtures.schoolLead();
        TestAccounts.Account worker = fixtures.serviceWorker(school);
        TestAccounts.Account police = accounts.partner(school, "POLICE_INVESTIGATOR");
        fixtures.serveArea(police, "POLICE");
        long referral = sent(school, worker, "Clemence");

        Document refused = page(fixtures.step(mvc, worker, referral, "redirect", Map.of("redirectReason", "Crime")));
        assertThat(refused.select(".govuk-error-summary").text()).contains("Select the agency");
        fixtures.step(
                mvc,
                worker,
                referral,
                "redirect",
                Map.of("redirectTo", String.valueOf(fixtures.agencyOf(police)), "redirectReason", "A crime to report"));
        assertThat(fixtures.status(referral)).isEqualTo("REDIRECTED");
        assertThat(jdbc.sql("SELECT redirected_to_agency_id FROM referral WHERE id = :id")
                        .param("id", referral)
                        .query(Long.class)
                        .single())
                .isEqualTo(fixtures.agencyOf(police));
    }

    @Test
    void aRedirectedReferralGoesOnToTheNewAgencyLinkedCarryingWhatWasSharedWithItsOwnTimescaleAndTasks()
            throws Exception {
        TestAccounts.Account school = fixtures.schoolLead();
        TestAccounts.Account worker = fixtures.serviceWorker(school);
        TestAccounts.Account police = accounts.partner(school, "POLICE_INVESTIGATOR");
        fixtures.serveArea(police, "POLICE");
        long referral = sent(school, worker, "Henrike");
        long child = jdbc.sql("SELECT child_id FROM referral WHERE id = :id")
                .param("id", referral)
                .query(Long.class)
                .single();

        fixtures.step(
                mvc,
                worker,
                referral,
                "redirect",
                Map.of("redirectTo", String.valueOf(fixtures.agencyOf(police)), "redirectReason", "A crime to report"));

        assertThat(fixtures.status(referral)).isEqualTo("REDIRECTED");
        long onward = fixtures.latestReferral(child);
        assertThat(onward).isNotEqualTo(referral);
        Map<String, Object> made = jdbc.sql("""
                        SELECT n.redirected_from_id, n.to_agency_id, n.from_agency_id, n.from_user_id, n.status,
                               n.concern = o.concern AS same_concern, n.consent, n.lawful_basis_code,
                               n.sharing_reason = o.sharing_reason AS same_reason, n.decision_due_on IS NOT NULL AS due,
                               n.sharing_decision_id <> o.sharing_decision_id AS own_decision
                          FROM referral n JOIN referral o ON o.id = n.redirected_from_id WHERE n.id = :id
                        """).param("id", onward).query().singleRow();
        assertThat(made)
                .containsEntry("redirected_from_id", referral)
                .containsEntry("to_agency_id", fixtures.agencyOf(police))
                .containsEntry("from_agency_id", fixtures.agencyOf(school))
                .containsEntry("from_user_id", school.id())
                .containsEntry("status", "SENT")
                .containsEntry("same_concern", true)
                .containsEntry("consent", "NOT_SOUGHT")
                .containsEntry("lawful_basis_code", "SAFEGUARDING_CHILDREN")
                .containsEntry("same_reason", true)
                .containsEntry("due", true)
                .containsEntry("own_decision", true);
        assertThat(jdbc.sql("SELECT reason_code FROM referral_reason_given WHERE referral_id = :id")
                        .param("id", onward)
                        .query(String.class)
                        .list())
                .containsExactly("ONLINE_GROOMING");
        assertThat(jdbc.sql("SELECT decided_agency_id FROM sharing_decision sd JOIN referral r"
                                + " ON r.sharing_decision_id = sd.id WHERE r.id = :id")
                        .param("id", onward)
                        .query(Long.class)
                        .single())
                .as("the redirecting agency's decision to pass it on is in the log")
                .isEqualTo(fixtures.agencyOf(worker));
        assertThat(cases.inbox(mvc, police)).anyMatch(t -> t.contains("Decide on a referral"));
        assertThat(fixtures.auditReasons(onward)).containsExactly("create:redirected from referral " + referral);
        assertThat(history(onward)).containsExactly("DRAFT", "SENT");
        assertThat(page(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                                "/referrals/" + referral)
                                        .with(org.springframework.security.test.web.servlet.request
                                                .SecurityMockMvcRequestPostProcessors.user(accounts.principal(school))))
                                .andReturn()
                                .getResponse())
                        .select("#redirected-as")
                        .attr("href"))
                .isEqualTo("/referrals/" + onward);
        assertThat(fixtures.step(
                                mvc,
                                worker,
                                referral,
                                "redirect",
                                Map.of(
                                        "redirectTo",
                                        String.valueOf(fixtures.agencyOf(police)),
                                        "redirectReason",
                                        "Again"))
                        .getStatus())
                .isIn(200, 403);
        assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE child_id = :child")
                        .param("child", child)
                        .query(Long.class)
                        .single())
                .as("a referral goes on once")
                .isEqualTo(2L);
    }

    @Test
    void everyIllegalStepIsRefusedAndChangesNothing() throws Exception {
        TestAccounts.Account school = fixtures.schoolLead();
        TestAccounts.Account worker = fixtures.serviceWorker(school);
        long referral = sent(school, worker, "Delphine");
        Map<String, Map<String, String>> steps = Map.of(
                "accept", Map.of("worker", String.valueOf(worker.id())),
                "decline", Map.of("declineReason", "No capacity"),
                "redirect", Map.of("redirectTo", String.valueOf(fixtures.agencyOf(school)), "redirectReason", "x"),
                "close", Map.of("outcome", "RISK_REDUCED"),
                "send", sharing());

        // From SENT: sending again and closing are illegal.
        assertRefused(school, referral, "send", steps.get("send"), "SENT");
        assertRefused(school, referral, "close", steps.get("close"), "SENT");
        fixtures.step(mvc, worker, referral, "accept", steps.get("accept"));
        // From ACCEPTED: sending, accepting, declining and redirecting are illegal.
        assertRefused(school, referral, "send", steps.get("send"), "ACCEPTED");
        for (String step : List.of("accept", "decline", "redirect")) {
            assertRefused(worker, referral, step, steps.get(step), "ACCEPTED");
        }
        fixtures.step(mvc, worker, referral, "close", steps.get("close"));
        // From CLOSED: nothing.
        for (String step : List.of("accept", "decline", "redirect", "close")) {
            assertRefused(worker, referral, step, steps.get(step), "CLOSED");
        }
        assertRefused(school, referral, "send", steps.get("send"), "CLOSED");
    }

    @Test
    void aStaleVersionIsRefusedAndTheOtherUsersStepStands() throws Exception {
        TestAccounts.Account school = fixtures.schoolLead();
        TestAccounts.Account worker = fixtures.serviceWorker(school);
        long referral = sent(school, worker, "Esme");
        int read = fixtures.version(referral);
        fixtures.step(mvc, worker, referral, "decline", Map.of("declineReason", "Out of our remit"));
        Document refused = page(fixtures.step(
                mvc,
                worker,
                referral,
                "accept",
                Map.of("worker", String.valueOf(worker.id()), "version", String.valueOf(read))));
        assertThat(refused.select(".govuk-error-summary").text()).contains("cannot be accepted now");
        assertThat(fixtures.status(referral)).isEqualTo("DECLINED");
    }

    @Test
    void aTamperedVersionOnALegalStepIsRefusedAsAConflict() throws Exception {
        TestAccounts.Account school = fixtures.schoolLead();
        TestAccounts.Account worker = fixtures.serviceWorker(school);
        long referral = sent(school, worker, "Fenella");
        Document refused = page(fixtures.step(
                mvc, worker, referral, "accept", Map.of("worker", String.valueOf(worker.id()), "version", "999")));
        assertThat(refused.select(".govuk-error-summary").text()).contains("Someone else has just changed");
        assertThat(fixtures.status(referral)).isEqualTo("SENT");
    }

    @Test
    void theDatabaseRefusesAnIllegalStatusChangeMadeBehindTheApplicationsBack() throws Exception {
        TestAccounts.Account school = fixtures.schoolLead();
        TestAccounts.Account worker = fixtures.serviceWorker(school);
        long referral = sent(school, worker, "Gwendolen");
        assertThatThrownBy(() -> jdbc.sql("UPDATE referral SET status = 'CLOSED', closed_at = now() WHERE id = :id")
                        .param("id", referral)
                        .update())
                .hasMessageContaining("cannot go from SENT to CLOSED");
        assertThatThrownBy(() -> jdbc.sql("UPDATE referral SET status = 'DRAFT' WHERE id = :id")
                        .param("id", referral)
                        .update())
                .hasMessageContaining("cannot go from SENT to DRAFT");
        assertThat(fixtures.status(referral)).isEqualTo("SENT");
    }

    private void assertRefused(
            TestAccounts.Account by, long referral, String step, Map<String, String> fields, String status)
            throws Exception {
        int version = fixtures.version(referral);
        List<String> audited = fixtures.auditReasons(referral);
        MockHttpServletResponse response = fixtures.step(mvc, by, referral, step, fields);
        assertThat(response.getStatus()).as("%s from %s", step, status).isIn(200, 403);
        if (response.getStatus() == 200) {
            assertThat(page(response).select(".govuk-error-summary").text())
                    .as("%s from %s", step, status)
                    .contains("cannot be");
        }
        assertThat(fixtures.status(referral)).as("%s from %s", step, status).isEqualTo(status);
        assertThat(fixtures.version(referral)).isEqualTo(version);
        assertThat(fixtures.auditReasons(referral)).isEqualTo(audited);
    }

    private long sent(TestAccounts.Account school, TestAccounts.Account worker, String name) throws Exception {
        long child = cases.child(school, name);
        fixtures.refer(mvc, school, child, fixtures.withoutConsent(worker));
        return fixtures.latestReferral(child);
    }

    private static Map<String, String> sharing() {
        return new HashMap<>(Map.of(
                "consent", "REFUSED",
                "lawfulBasis", "SAFEGUARDING_CHILDREN",
                "sharingReason", "Risk of significant harm outweighs her wish"));
    }

    private List<String> history(long referral) {
        return jdbc.sql("SELECT to_status FROM referral_step WHERE referral_id = :id ORDER BY id")
                .param("id", referral)
                .query(String.class)
                .list();
    }

    private Document page(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }
}
