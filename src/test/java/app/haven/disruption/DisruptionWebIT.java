package app.haven.disruption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.haven.identity.TestAccounts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Measures and prosecutions through their pages: saved with the children's chronologies and the officers' tasks; bad
 * input (expiry before issue, an order without its expiry, a sentence without a conviction, a child outside scope)
 * refused in the error summary with what was typed kept and nothing saved; need-to-know over measures and cases.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DisruptionWebIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    DisruptionFixtures fx;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCawnProtectingTwoChildrenJoinsTheirChronologiesAndTellsTheOfficerAndCoordinatorBeforeItExpires()
            throws Exception {
        TestAccounts.Account officer = accounts.create("POLICE_INVESTIGATOR");
        TestAccounts.Account coordinator = accounts.colleague(officer, "CSE_COORDINATOR");
        long adult = fx.adultOfConcern(officer, "Gideon", "Marlowe");
        long ada = fx.child(officer, "Ada");
        long bea = fx.child(officer, "Bea");
        LocalDate expiry = TODAY.plusMonths(3);
        MockHttpServletResponse response =
                send(officer, measure(adult, "CAWN", TODAY.minusDays(1), expiry, "P-" + ada + "\nP-" + bea));
        assertThat(response.getRedirectedUrl()).startsWith("/disruption/measures/");
        long measure = Long.parseLong(response.getRedirectedUrl().substring("/disruption/measures/".length()));

        assertThat(fx.chronology(ada, "disruption.measure-issued")).isEqualTo(1);
        assertThat(fx.chronology(bea, "disruption.measure-issued")).isEqualTo(1);
        List<String> tasks = jdbc.sql("SELECT for_user || ' ' || show_from || ' ' || due_on FROM inbox_task"
                        + " WHERE source_key LIKE :key ORDER BY for_user")
                .param("key", "disruption-expiry:" + measure + ":%")
                .query(String.class)
                .list();
        assertThat(tasks)
                .containsExactly(
                        officer.id() + " " + expiry.minusDays(28) + " " + expiry,
                        coordinator.id() + " " + expiry.minusDays(28) + " " + expiry);

        Document page = page(coordinator, "/disruption/entities/" + adult);
        assertThat(page.select("#measures").text()).contains("Child Abduction Warning Notice M-" + measure);
        Document shown = page(coordinator, "/disruption/measures/" + measure);
        assertThat(shown.select("#children").text())
                .contains("Ada Quillfeather")
                .contains("Bea Quillfeather");
    }

    @Test
    void aMeasureNamesTheIssuingAgencyChosenAndAnUnknownAgencyIsRefused() throws Exception {
        TestAccounts.Account officer = accounts.create("POLICE_INVESTIGATOR");
        TestAccounts.Account council = accounts.partner(officer, "CSE_COORDINATOR");
        long agency = jdbc.sql("SELECT agency_id FROM user_account WHERE id = :id")
                .param("id", council.id())
                .query(Long.class)
                .single();
        long hotel = fx.hotel(officer, "Canal View Hotel " + System.nanoTime());
        long before = fx.count("disruption_measure");
        assertThat(errors(send(
                        officer,
                        measure(hotel, "LICENSING_REVIEW", TODAY, null, "").param("agency", "-7"))))
                .contains("Select the issuing agency");
        assertThat(fx.count("disruption_measure")).isEqualTo(before);
        String path = send(
                        officer,
                        measure(hotel, "LICENSING_REVIEW", TODAY, null, "").param("agency", String.valueOf(agency)))
                .getRedirectedUrl();
        assertThat(page(officer, path).select("#measure").text()).contains(council.agencyName());
        assertThat(page(officer, "/disruption/measures/new?subject=" + hotel)
                        .select("#agency option[selected]")
                        .text())
                .isEqualTo(jdbc.sql(
                                "SELECT a.name FROM agency a JOIN user_account u ON u.agency_id = a.id WHERE u.id = :id")
                        .param("id", officer.id())
                        .query(String.class)
                        .single());
    }

    @Test
    void anExpiryBeforeTheIssueIsRefusedWithWhatWasTypedKeptAndNothingSaved() throws Exception {
        TestAccounts.Account officer = accounts.create("POLICE_INVESTIGATOR");
        long adult = fx.adultOfConcern(officer, "Gideon", "Ashby");
        long child = fx.child(officer, "Cara");
        long before = fx.count("disruption_measure");
        Document page = Jsoup.parse(send(officer, measure(adult, "CAWN", TODAY, TODAY.minusDays(2), "P-" + child))
                .getContentAsString());
        assertThat(page.select(".govuk-error-summary").text())
                .contains("The expiry date must be on or after the date it was issued");
        assertThat(page.select("#children").text()).isEqualTo("P-" + child);
        assertThat(page.select("input[name=type][value=CAWN]").first().hasAttr("checked"))
                .isTrue();
        assertThat(fx.count("disruption_measure")).isEqualTo(before);
        assertThat(fx.chronology(child, "disruption.measure-issued")).isZero();
    }

    @Test
    void aS116NoticeWithoutItsExpiryOrLongerThanSixMonthsIsRefused() throws Exception {
        TestAccounts.Account officer = accounts.create("POLICE_INVESTIGATOR");
        long hotel = fx.hotel(officer, "Station Hotel, 1 Nantwich Road " + System.nanoTime());
        long before = fx.count("disruption_measure");
        assertThat(errors(send(officer, measure(hotel, "S116_NOTICE", TODAY, null, ""))))
                .contains("Enter the expiry date: a s116 hotel notice must have one");
        assertThat(errors(send(
                        officer,
                        measure(hotel, "S116_NOTICE", TODAY, TODAY.plusMonths(6).plusDays(1), ""))))
                .contains("A s116 hotel notice can last up to 6 months");
        assertThat(errors(send(officer, measure(hotel, "CAWN", TODAY, null, ""))))
                .contains("A Child Abduction Warning Notice is taken against a person, not a place");
        assertThat(fx.count("disruption_measure")).isEqualTo(before);
        assertThat(send(officer, measure(hotel, "S116_NOTICE", TODAY, TODAY.plusMonths(6), ""))
                        .getRedirectedUrl())
                .startsWith("/disruption/measures/");
    }

    @Test
    void aChildOutsideTheOfficersScopeIsRefusedAndNothingIsSaved() throws Exception {
        TestAccounts.Account officer = accounts.create("POLICE_INVESTIGATOR");
        TestAccounts.Account elsewhere = accounts.create("PRACTITIONER");
        long adult = fx.adultOfConcern(officer, "Gideon", "Frome");
        long theirs = fx.child(elsewhere, "Dora");
        long mine = fx.child(officer, "Elsie");
        long measures = fx.count("disruption_measure");
        long prosecutions = fx.count("disruption_prosecution");
        assertThat(errors(send(officer, measure(adult, "CAWN", TODAY, null, "P-" + mine + "\nP-" + theirs))))
                .contains("P-" + theirs + " does not exist or is outside your record scope");
        assertThat(errors(send(officer, prosecution(adult, "P-" + mine + ", P-" + theirs, "", ""))))
                .contains("P-" + theirs + " does not exist or is outside your record scope");
        assertThat(fx.count("disruption_measure")).isEqualTo(measures);
        assertThat(fx.count("disruption_prosecution")).isEqualTo(prosecutions);
        assertThat(fx.chronology(mine, "disruption.charged")).isZero();
    }

    @Test
    void aSentenceWithoutAConvictionIsRefusedAndAConvictionWithOneIsSavedOnEachVictimsChronology() throws Exception {
        TestAccounts.Account officer = accounts.create("POLICE_INVESTIGATOR");
        long adult = fx.adultOfConcern(officer, "Gideon", "Pell");
        long first = fx.child(officer, "Fay");
        long second = fx.child(officer, "Gwen");
        long before = fx.count("disruption_prosecution");
        MockHttpServletResponse refused =
                send(officer, prosecution(adult, "P-" + first, "ACQUITTED", "Six years' imprisonment"));
        assertThat(errors(refused)).contains("A sentence can only be recorded after a conviction");
        assertThat(Jsoup.parse(refused.getContentAsString()).select("#sentence").text())
                .isEqualTo("Six years' imprisonment");
        assertThat(fx.count("disruption_prosecution")).isEqualTo(before);

        MockHttpServletResponse saved = send(officer, prosecution(adult, "P-" + first + "\nP-" + second, "", ""));
        String path = saved.getRedirectedUrl();
        assertThat(path).startsWith("/disruption/prosecutions/");
        MockHttpServletResponse sentenceTooSoon = send(
                officer,
                post(path + "/outcome")
                        .param("outcome", "DISCONTINUED")
                        .param("outcomeOn.day", String.valueOf(TODAY.getDayOfMonth()))
                        .param("outcomeOn.month", String.valueOf(TODAY.getMonthValue()))
                        .param("outcomeOn.year", String.valueOf(TODAY.getYear()))
                        .param("sentence", "Four years")
                        .param("version", "0"));
        assertThat(errors(sentenceTooSoon))
                .contains("A sentence can only be recorded after a conviction")
                .contains("Enter why the case was discontinued");
        assertThat(send(
                                officer,
                                post(path + "/outcome")
                                        .param("outcome", "CONVICTED")
                                        .param("outcomeOn.day", String.valueOf(TODAY.getDayOfMonth()))
                                        .param("outcomeOn.month", String.valueOf(TODAY.getMonthValue()))
                                        .param("outcomeOn.year", String.valueOf(TODAY.getYear()))
                                        .param("sentence", "Nine years' imprisonment")
                                        .param("version", "0"))
                        .getRedirectedUrl())
                .isEqualTo(path);
        for (long victim : List.of(first, second)) {
            assertThat(fx.chronology(victim, "disruption.charged")).isEqualTo(1);
            assertThat(fx.chronology(victim, "disruption.outcome")).isEqualTo(1);
        }
        MockHttpServletResponse stale = send(
                officer,
                post(path + "/outcome")
                        .param("outcome", "ACQUITTED")
                        .param("outcomeOn.day", String.valueOf(TODAY.getDayOfMonth()))
                        .param("outcomeOn.month", String.valueOf(TODAY.getMonthValue()))
                        .param("outcomeOn.year", String.valueOf(TODAY.getYear()))
                        .param("version", "0"));
        assertThat(errors(stale)).contains("Nothing was saved");
        Document page = page(officer, path);
        assertThat(page.select("#outcome").text()).startsWith("Convicted");
        assertThat(page.select("#victims").text()).contains("Fay Quillfeather").contains("Gwen Quillfeather");
    }

    @Test
    void aBreachTellsTheOfficerAndJoinsTheChronologyAndABreachBeforeTheIssueIsRefused() throws Exception {
        TestAccounts.Account officer = accounts.create("POLICE_INVESTIGATOR");
        long adult = fx.adultOfConcern(officer, "Gideon", "Tate");
        long child = fx.child(officer, "Hana");
        String path = send(officer, measure(adult, "CAWN", TODAY.minusDays(10), null, "P-" + child))
                .getRedirectedUrl();
        long breaches = fx.count("disruption_breach");
        assertThat(errors(send(officer, breach(path, TODAY.minusDays(11)))))
                .contains("The breach must be on or after the date the measure was issued");
        assertThat(fx.count("disruption_breach")).isEqualTo(breaches);
        assertThat(send(officer, breach(path, TODAY.minusDays(1))).getRedirectedUrl())
                .isEqualTo(path);
        assertThat(fx.chronology(child, "disruption.breach")).isEqualTo(1);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM inbox_task WHERE for_user = :u AND source_key LIKE 'disruption-breach:%'")
                        .param("u", officer.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(page(officer, path).select("#breaches").text()).contains("Seen outside the school");
    }

    @Test
    void anOfficerElsewhereIsRefusedTheMeasureAndCaseAndSeesNeitherOnThePersonsPage() throws Exception {
        TestAccounts.Account officer = accounts.create("POLICE_INVESTIGATOR");
        TestAccounts.Account elsewhere = accounts.create("POLICE_INVESTIGATOR", "CSE_COORDINATOR");
        long adult = fx.adultOfConcern(officer, "Gideon", "Wray");
        long child = fx.child(officer, "Iris");
        String measure =
                send(officer, measure(adult, "CAWN", TODAY, null, "P-" + child)).getRedirectedUrl();
        String prosecution =
                send(officer, prosecution(adult, "P-" + child, "", "")).getRedirectedUrl();
        assertThat(send(elsewhere, get(measure)).getStatus()).isEqualTo(403);
        assertThat(send(elsewhere, get(prosecution)).getStatus()).isEqualTo(403);
        assertThat(send(elsewhere, get("/disruption/entities/" + adult)).getStatus())
                .isEqualTo(403);
        assertThat(send(elsewhere, breach(measure, TODAY)).getStatus()).isEqualTo(403);
        assertThat(send(elsewhere, get("/disruption/measures/new?subject=" + adult))
                        .getStatus())
                .isEqualTo(403);
    }

    private MockHttpServletRequestBuilder measure(
            long subject, String type, LocalDate issued, LocalDate expiry, String children) {
        MockHttpServletRequestBuilder request = post("/disruption/measures")
                .param("subject", String.valueOf(subject))
                .param("type", type)
                .param("issuedOn.day", String.valueOf(issued.getDayOfMonth()))
                .param("issuedOn.month", String.valueOf(issued.getMonthValue()))
                .param("issuedOn.year", String.valueOf(issued.getYear()))
                .param("conditions", "Not to contact or approach the children named")
                .param("children", children);
        if (expiry != null) {
            request.param("expiresOn.day", String.valueOf(expiry.getDayOfMonth()))
                    .param("expiresOn.month", String.valueOf(expiry.getMonthValue()))
                    .param("expiresOn.year", String.valueOf(expiry.getYear()));
        }
        return request;
    }

    private MockHttpServletRequestBuilder prosecution(long suspect, String victims, String outcome, String sentence) {
        LocalDate charged = TODAY.minusMonths(2);
        MockHttpServletRequestBuilder request = post("/disruption/prosecutions")
                .param("suspect", String.valueOf(suspect))
                .param("offences", "SOA_S9", "SOA_S14")
                .param("chargedOn.day", String.valueOf(charged.getDayOfMonth()))
                .param("chargedOn.month", String.valueOf(charged.getMonthValue()))
                .param("chargedOn.year", String.valueOf(charged.getYear()))
                .param("court", "Chester Crown Court")
                .param("victims", victims)
                .param("outcome", outcome)
                .param("sentence", sentence);
        if (!outcome.isEmpty()) {
            request.param("outcomeOn.day", String.valueOf(TODAY.getDayOfMonth()))
                    .param("outcomeOn.month", String.valueOf(TODAY.getMonthValue()))
                    .param("outcomeOn.year", String.valueOf(TODAY.getYear()));
        }
        return request;
    }

    private static MockHttpServletRequestBuilder breach(String measurePath, LocalDate on) {
        return post(measurePath + "/breaches")
                .param("breachOn.day", String.valueOf(on.getDayOfMonth()))
                .param("breachOn.month", String.valueOf(on.getMonthValue()))
                .param("breachOn.year", String.valueOf(on.getYear()))
                .param("what", "Seen outside the school gates at 15:20")
                .param("action", "Arrested for breach and interviewed");
    }

    private MockHttpServletResponse send(TestAccounts.Account as, MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(csrf()).with(user(accounts.principal(as))))
                .andReturn()
                .getResponse();
    }

    private Document page(TestAccounts.Account as, String path) throws Exception {
        MockHttpServletResponse response = send(as, get(path));
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private static String errors(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString())
                .select(".govuk-error-summary")
                .text();
    }
}
