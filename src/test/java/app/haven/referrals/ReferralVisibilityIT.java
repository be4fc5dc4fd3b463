package app.haven.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.haven.cases.CaseFixtures;
import app.haven.identity.TestAccounts;
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
 * What a receiving agency sees: before accepting, only what the referral shares (not the child's record, not the
 * referrer's other work); after accepting, the record opens to the worker through the agency's involvement. The
 * consent and lawful-basis rules refuse a referral sent without them, saving nothing; a retired agency is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReferralVisibilityIT {

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

    @Test
    void theReceivingAgencySeesOnlyWhatTheReferralSharesUntilItAccepts() throws Exception {
        TestAccounts.Account school = fixtures.schoolLead();
        TestAccounts.Account worker = fixtures.serviceWorker(school);
        TestAccounts.Account otherWorker = fixtures.colleague(worker, "CASE_WORKER");
        long child = cases.child(school, "Henrietta");
        cases.screened(child, school, "MEDIUM", "Medium", 2);
        fixtures.refer(mvc, school, child, fixtures.withoutConsent(worker));
        long referral = fixtures.latestReferral(child);

        assertThat(status(worker, "/children/" + child))
                .as("the record, before accepting")
                .isEqualTo(403);
        assertThat(status(worker, "/children/" + child + "/screenings")).isEqualTo(403);
        assertThat(status(worker, "/children/" + child + "/referrals")).isEqualTo(403);
        Document shared = page(worker, "/referrals/" + referral);
        assertThat(shared.text())
                .contains("Henrietta Quillfeather")
                .contains("gaming site")
                .contains("Consent not sought")
                .contains("You see only what this referral shares");
        assertThat(shared.select("a[href=/children/" + child + "]")).isEmpty();
        assertThat(status(worker, "/referrals/" + referral + "/sessions"))
                .as("direct work needs the record")
                .isEqualTo(403);
        Document queue = page(worker, "/referrals");
        assertThat(queue.select("#waiting-table").text()).contains("Henrietta Quillfeather");
        assertThat(page(worker, "/referrals?page=7&openPage=3")
                        .select("#waiting-table")
                        .text())
                .as("a page past the end shows the last page")
                .contains("Henrietta Quillfeather");

        fixtures.step(mvc, worker, referral, "accept", Map.of("worker", String.valueOf(worker.id())));

        assertThat(status(worker, "/children/" + child))
                .as("the record, after accepting")
                .isEqualTo(200);
        assertThat(page(worker, "/referrals/" + referral).text())
                .doesNotContain("You see only what this referral shares")
                .contains("Screening band at the start")
                .contains("Medium");
        assertThat(status(otherWorker, "/children/" + child))
                .as("a colleague who does not work with the young person")
                .isEqualTo(403);
        assertThat(page(worker, "/referrals/caseload").select("#caseload-table").text())
                .contains("Henrietta Quillfeather");
        Document after = page(worker, "/referrals");
        assertThat(after.select("#waiting-table")).as("no longer waiting").isEmpty();
        assertThat(after.select("#working-table").text()).contains("Henrietta Quillfeather", "None yet");
    }

    @Test
    void staffOfTheReceivingAgencyElsewhereAndOtherAgenciesSeeNothing() throws Exception {
        TestAccounts.Account school = fixtures.schoolLead();
        TestAccounts.Account worker = fixtures.serviceWorker(school);
        TestAccounts.Account elsewhere = accounts.create("CASE_WORKER");
        jdbc.sql("UPDATE user_account SET agency_id = :agency WHERE id = :id")
                .param("agency", fixtures.agencyOf(worker))
                .param("id", elsewhere.id())
                .update();
        TestAccounts.Account bystander = accounts.partner(school, "SAFEGUARDING_LEAD");
        long child = cases.child(school, "Isolde");
        fixtures.refer(mvc, school, child, fixtures.withoutConsent(worker));
        long referral = fixtures.latestReferral(child);

        assertThat(status(elsewhere, "/referrals/" + referral)).isEqualTo(403);
        assertThat(status(bystander, "/referrals/" + referral)).isEqualTo(403);
        assertThat(page(elsewhere, "/referrals").text()).doesNotContain("Isolde");
    }

    @Test
    void aDraftIsNotSeenByTheReceivingAgency() throws Exception {
        TestAccounts.Account school = fixtures.schoolLead();
        TestAccounts.Account worker = fixtures.serviceWorker(school);
        long child = cases.child(school, "Jacquetta");
        Map<String, String> draft = new java.util.HashMap<>(fixtures.withoutConsent(worker));
        draft.put("action", "draft");
        fixtures.refer(mvc, school, child, draft);
        assertThat(status(worker, "/referrals/" + fixtures.latestReferral(child)))
                .isEqualTo(403);
    }

    @Test
    void sendingWithoutConsentNeedsALawfulBasisAndAReasonAndSavesNothingUntilThen() throws Exception {
        TestAccounts.Account school = fixtures.schoolLead();
        TestAccounts.Account worker = fixtures.serviceWorker(school);
        long child = cases.child(school, "Kerensa");
        Map<String, String> fields = new java.util.HashMap<>(fixtures.withoutConsent(worker));
        fields.remove("lawfulBasis");
        fields.put("sharingReason", "");
        MockHttpServletResponse refused = fixtures.refer(mvc, school, child, fields);
        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select(".govuk-error-summary").text())
                .contains("Select the lawful basis for sharing without consent")
                .contains("Say why the information is shared without consent");
        assertThat(page.select("#concern").text()).contains("gaming site");
        assertThat(count("referral", child)).isZero();
        assertThat(count("sharing_decision", child)).isZero();

        fields.put("consent", "GIVEN");
        assertThat(fixtures.refer(mvc, school, child, fields).getRedirectedUrl())
                .startsWith("/referrals/");
        assertThat(count("sharing_decision", child))
                .as("with consent, the decision is still logged")
                .isEqualTo(1);
    }

    @Test
    void aReferralToARetiredAgencyIsRefusedAndNothingSaved() throws Exception {
        TestAccounts.Account school = fixtures.schoolLead();
        TestAccounts.Account worker = fixtures.serviceWorker(school);
        jdbc.sql("UPDATE agency SET retired = true WHERE id = :id")
                .param("id", fixtures.agencyOf(worker))
                .update();
        long child = cases.child(school, "Lowenna");
        Document page = Jsoup.parse(fixtures.refer(mvc, school, child, fixtures.withoutConsent(worker))
                .getContentAsString());
        assertThat(page.select(".govuk-error-summary").text()).contains("retired");
        assertThat(count("referral", child)).isZero();
    }

    @Test
    void theSharingDecisionLogsWhoDecidedOnWhatBasisAndIsNeverChanged() throws Exception {
        TestAccounts.Account school = fixtures.schoolLead();
        TestAccounts.Account worker = fixtures.serviceWorker(school);
        long child = cases.child(school, "Morwenna");
        fixtures.refer(mvc, school, child, fixtures.withoutConsent(worker));
        List<Map<String, Object>> log = jdbc.sql(
                        "SELECT consent, lawful_basis_code, decided_by, shared FROM sharing_decision WHERE child_id = :c")
                .param("c", child)
                .query()
                .listOfRows();
        assertThat(log).hasSize(1);
        assertThat(log.get(0))
                .containsEntry("consent", "NOT_SOUGHT")
                .containsEntry("lawful_basis_code", "SAFEGUARDING_CHILDREN")
                .containsEntry("decided_by", school.id())
                .containsEntry("shared", true);
        assertThat(page(school, "/children/" + child + "/referrals")
                        .select("#sharing-table")
                        .text())
                .contains("Consent not sought");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.sql("UPDATE sharing_decision SET reason = 'changed' WHERE child_id = :c")
                                .param("c", child)
                                .update())
                .hasMessageContaining("never changed");
    }

    private long count(String table, long child) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE child_id = :c")
                .param("c", child)
                .query(Long.class)
                .single();
    }

    private int status(TestAccounts.Account as, String path) throws Exception {
        return mvc.perform(get(path).with(user(accounts.principal(as))))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private Document page(TestAccounts.Account as, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(accounts.principal(as))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }
}
