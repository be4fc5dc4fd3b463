package app.haven.intelligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.haven.identity.TestAccounts;
import app.haven.intelligence.network.LinkType;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The intelligence pages: bad grading and bad links are refused in the error summary with what was typed kept and
 * nothing saved; a tampered entity id is refused; the network page's picture and tables show the same entities and
 * links; exports are audited; a child's page shows only the links whose other end the reader may see.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IntelligenceWebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    IntelFixtures fx;

    @Autowired
    TestAccounts accounts;

    @Test
    void anInvalidGradingIsRefusedInTheErrorSummaryWithWhatWasTypedKeptAndNothingSaved() throws Exception {
        TestAccounts.Account analyst = accounts.create("INTELLIGENCE_ANALYST");
        long adult = fx.adultOfConcern(analyst, "Larkspur");
        long reports = fx.count("intel_report");
        MockHttpServletResponse response = send(
                analyst,
                post("/intelligence/reports")
                        .param("sourceType", "OFFICER")
                        .param("body", "Seen outside the school gates")
                        .param("reportedOn.day", "3")
                        .param("reportedOn.month", "3")
                        .param("reportedOn.year", "2026")
                        .param("system", "3X5X2")
                        .param("source", "2")
                        .param("intelligence", "4")
                        .param("handling", "C")
                        .param("about", "I-" + adult));
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(page.select(".govuk-error-summary").text())
                .contains("Select the intelligence assessment: A, B, C, D or E")
                .contains("Enter the conditions on sharing");
        assertThat(page.select("#body").text()).isEqualTo("Seen outside the school gates");
        assertThat(fx.count("intel_report")).isEqualTo(reports);
    }

    @Test
    void aReportLinkingAnAdultToAChildOutsideScopeIsRefusedAndNothingIsSaved() throws Exception {
        TestAccounts.Account analyst = accounts.create("INTELLIGENCE_ANALYST");
        TestAccounts.Account elsewhere = accounts.create("PRACTITIONER");
        long adult = fx.adultOfConcern(analyst, "Ashdown");
        long theirChild = fx.cases.child(elsewhere, "Tamsin");
        long reports = fx.count("intel_report");
        long links = fx.count("intel_link");
        MockHttpServletResponse response = send(analyst, validReport("I-" + adult + "\nP-" + theirChild, "EXPLOITED"));
        assertThat(Jsoup.parse(response.getContentAsString())
                        .select(".govuk-error-summary")
                        .text())
                .contains("P-" + theirChild + " does not exist or is outside your record scope");
        assertThat(fx.count("intel_report")).isEqualTo(reports);
        assertThat(fx.count("intel_link")).isEqualTo(links);
    }

    @Test
    void aTamperedEntityIdIsRefusedAndAUserElsewhereCannotOpenTheEntity() throws Exception {
        TestAccounts.Account analyst = accounts.create("INTELLIGENCE_ANALYST");
        TestAccounts.Account elsewhere = accounts.create("INTELLIGENCE_ANALYST");
        long car = fx.vehicle(analyst, "TT11 AMP");
        assertThat(send(elsewhere, get("/intelligence/entities/" + car)).getStatus())
                .isEqualTo(403);
        assertThat(send(analyst, get("/intelligence/entities/987654321")).getStatus())
                .isEqualTo(404);
        long links = fx.count("intel_link");
        MockHttpServletResponse selfLink = send(
                analyst,
                post("/intelligence/entities/" + car + "/links")
                        .param("to", "I-" + car)
                        .param("linkType", "SEEN_WITH")
                        .param("validFrom.day", "1")
                        .param("validFrom.month", "2")
                        .param("validFrom.year", "2026")
                        .param("confidence", "HIGH")
                        .param("evidenceKind", "REPORT")
                        .param("evidenceId", "R-1"));
        assertThat(Jsoup.parse(selfLink.getContentAsString())
                        .select(".govuk-error-summary")
                        .text())
                .contains("An entity cannot be linked to itself");
        assertThat(fx.count("intel_link")).isEqualTo(links);
    }

    @Test
    void theNetworkPageShowsTheSameEntitiesAndLinksInThePictureAndTheTablesAndExportsAreAudited() throws Exception {
        TestAccounts.Account analyst = accounts.create("INTELLIGENCE_ANALYST");
        long adult = fx.adultOfConcern(analyst, "Bramwell");
        long hotel = fx.location(analyst, "9 Quay Street", "CW5 5AA");
        long child = fx.child(analyst, "Iona");
        long report = fx.report(analyst, IntelFixtures.grading("2", "B", "P", null), "At the hotel", List.of(adult));
        fx.link(analyst, adult, hotel, LinkType.FREQUENTS, report);
        fx.link(analyst, adult, child, LinkType.EXPLOITED, report);

        Document page = Jsoup.parse(send(analyst, get("/intelligence/entities/" + adult + "/network?hops=2"))
                .getContentAsString());
        assertThat(page.select("svg circle")).hasSize(3);
        assertThat(page.select("svg line")).hasSize(2);
        assertThat(page.select("#node-table tbody tr")).hasSize(3);
        assertThat(page.select("#link-table tbody tr")).hasSize(2);
        assertThat(page.select("#link-table").text())
                .contains("frequents")
                .contains("exploited")
                .contains("Iona");

        long audited = fx.count("audit_event");
        MockHttpServletResponse csv = send(analyst, get("/intelligence/entities/" + adult + "/network.csv?hops=2"));
        assertThat(csv.getContentAsString()).contains("exploited").contains("9 Quay Street");
        assertThat(fx.count("audit_event")).isEqualTo(audited + 1);
        MockHttpServletResponse graphml = send(analyst, get("/intelligence/entities/" + adult + "/network.graphml"));
        assertThat(graphml.getContentAsString()).contains("<graphml").contains("<edge");
        assertThat(fx.count("audit_event")).isEqualTo(audited + 2);
    }

    @Test
    void theNetworkPageAndItsExportsLeaveOutAChildTheReaderMayNotOpen() throws Exception {
        TestAccounts.Account analyst = accounts.create("INTELLIGENCE_ANALYST");
        TestAccounts.Account other = accounts.create("INTELLIGENCE_ANALYST");
        TestAccounts.Account coordinator = accounts.colleague(other, "CSE_COORDINATOR");
        fx.alsoIn(analyst, other);
        long adult = fx.adultOfConcern(other, "Wexcombe");
        long seen = fx.child(other, "Ottilie");
        long unseen = fx.child(analyst, "Perpetua");
        long report = fx.report(analyst, IntelFixtures.grading("2", "B", "P", null), "Both seen", List.of(adult));
        fx.link(analyst, adult, seen, LinkType.EXPLOITED, report);
        fx.link(analyst, adult, unseen, LinkType.EXPLOITED, report);
        String base = "/intelligence/entities/" + adult + "/network";

        assertThat(send(analyst, get(base + ".csv?hops=1")).getContentAsString())
                .contains("Ottilie")
                .contains("Perpetua");
        Document page = Jsoup.parse(send(coordinator, get(base + "?hops=1")).getContentAsString());
        assertThat(page.select("#node-table tbody tr")).hasSize(2);
        assertThat(page.text()).contains("Ottilie").doesNotContain("Perpetua");
        assertThat(send(coordinator, get(base + ".csv?hops=1")).getContentAsString())
                .contains("Ottilie")
                .doesNotContain("Perpetua");
        assertThat(send(coordinator, get(base + ".graphml?hops=1")).getContentAsString())
                .contains("Ottilie")
                .doesNotContain("Perpetua");
    }

    @Test
    void aChildsPageShowsOnlyTheLinksWhoseOtherEndTheReaderMaySee() throws Exception {
        TestAccounts.Account analyst = accounts.create("INTELLIGENCE_ANALYST");
        TestAccounts.Account other = accounts.create("INTELLIGENCE_ANALYST");
        TestAccounts.Account coordinator = accounts.colleague(other, "CSE_COORDINATOR");
        fx.alsoIn(analyst, other);
        long child = fx.child(other, "Maren");
        long sibling = fx.child(analyst, "Nell");
        long car = fx.vehicle(other, "MM22 SEE");
        long report = fx.report(analyst, IntelFixtures.grading("2", "B", "P", null), "Together", List.of(child));
        fx.link(analyst, child, sibling, LinkType.ASSOCIATES_WITH, report);
        fx.link(analyst, car, child, LinkType.TRANSPORTED, report);
        long personId = fx.jdbc
                .sql("SELECT person_id FROM intel_entity WHERE id = " + child)
                .query(Long.class)
                .single();

        String forAnalyst =
                send(analyst, get("/children/" + personId + "/intelligence")).getContentAsString();
        assertThat(Jsoup.parse(forAnalyst).select("#link-table tbody tr")).hasSize(2);
        String forCoordinator = send(coordinator, get("/children/" + personId + "/intelligence"))
                .getContentAsString();
        assertThat(Jsoup.parse(forCoordinator).select("#link-table tbody tr")).hasSize(1);
        assertThat(forCoordinator).doesNotContain("Nell");
    }

    @Test
    void hotSpotsRankTheAreasLinkedLocationsRefuseABadPeriodAndShowNothingElsewhere() throws Exception {
        TestAccounts.Account analyst = accounts.create("INTELLIGENCE_ANALYST");
        TestAccounts.Account elsewhere = accounts.create("INTELLIGENCE_ANALYST");
        long adult = fx.adultOfConcern(analyst, "Penhallow");
        long hotel = fx.location(analyst, "7 Harbour Row, Penzance", "TR18 4AA");
        long quiet = fx.location(analyst, "2 Mill Lane, Penzance", "TR18 4AB");
        long report = fx.report(
                analyst, IntelFixtures.grading("2", "B", "P", null), "Meets there", List.of(adult, hotel, quiet));
        fx.report(analyst, IntelFixtures.grading("2", "B", "P", null), "At the hotel again", List.of(hotel));
        fx.link(analyst, adult, hotel, LinkType.FREQUENTS, report);
        fx.link(analyst, fx.child(analyst, "Kerensa"), hotel, LinkType.SEEN_WITH, report);
        fx.link(analyst, adult, quiet, LinkType.FREQUENTS, report);

        Document spots =
                Jsoup.parse(send(analyst, get("/intelligence/hot-spots")).getContentAsString());
        List<String> rows = spots.select("#hot-spot-table tbody tr").eachText();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).as("most links first").contains("7 Harbour Row");
        assertThat(rows.get(1)).contains("2 Mill Lane");

        Document bad = Jsoup.parse(send(analyst, get("/intelligence/hot-spots").param("from", "last spring"))
                .getContentAsString());
        assertThat(bad.select(".govuk-error-summary").text()).contains("Enter the date as year-month-day");

        String theirs = send(elsewhere, get("/intelligence/hot-spots")).getContentAsString();
        assertThat(theirs).doesNotContain("Harbour Row").doesNotContain("Mill Lane");
    }

    @Test
    void anAnalystRejectsAProposalOnlyWithAReasonAndAcceptsAnotherAsALinkCitingItsEvidence() throws Exception {
        TestAccounts.Account analyst = accounts.create("INTELLIGENCE_ANALYST");
        long child = fx.child(analyst, "Demelza");
        long adult = fx.adultOfConcern(analyst, "Trevanion");
        long personId = fx.jdbc
                .sql("SELECT person_id FROM intel_entity WHERE id = " + child)
                .query(Long.class)
                .single();
        long disclosure = disclosure(analyst, personId);
        long rejected = proposal(personId, "A boy from the arcade", disclosure);
        long accepted = proposal(personId, "A man called Trev", disclosure);

        Document open =
                Jsoup.parse(send(analyst, get("/intelligence/proposals")).getContentAsString());
        assertThat(open.select("#proposal-table").text())
                .contains("A boy from the arcade")
                .contains("A man called Trev");

        Document noReason = Jsoup.parse(send(
                        analyst,
                        post("/intelligence/proposals/" + rejected + "/reject").param("reason", " "))
                .getContentAsString());
        assertThat(noReason.select(".govuk-error-summary").text()).contains("Enter why the link is rejected");
        assertThat(status(rejected)).as("nothing saved").isEqualTo("PROPOSED");
        assertThat(send(
                                analyst,
                                post("/intelligence/proposals/" + rejected + "/reject")
                                        .param("reason", "Another child of the same age, not a risk"))
                        .getRedirectedUrl())
                .isEqualTo("/intelligence/proposals");
        assertThat(status(rejected)).isEqualTo("REJECTED");

        long links = fx.count("intel_link");
        Document noEntity = Jsoup.parse(send(
                        analyst,
                        post("/intelligence/proposals/" + accepted + "/accept")
                                .param("to", "nobody")
                                .param("linkType", "EXPLOITED"))
                .getContentAsString());
        assertThat(noEntity.select(".govuk-error-summary").text()).contains("Enter the entity to link the child to");
        assertThat(fx.count("intel_link")).as("nothing saved").isEqualTo(links);
        assertThat(send(
                                analyst,
                                post("/intelligence/proposals/" + accepted + "/accept")
                                        .param("to", "I-" + adult)
                                        .param("linkType", "EXPLOITED")
                                        .param("confidence", "HIGH"))
                        .getRedirectedUrl())
                .isEqualTo("/intelligence/proposals");
        assertThat(status(accepted)).isEqualTo("ACCEPTED");
        assertThat(fx.jdbc
                        .sql(
                                "SELECT l.evidence_kind || ':' || l.evidence_id FROM intel_link l JOIN intel_link_proposal p"
                                        + " ON p.link_id = l.id WHERE p.id = " + accepted)
                        .query(String.class)
                        .single())
                .isEqualTo("REFERRAL_DISCLOSURE:" + disclosure);
        assertThat(Jsoup.parse(send(analyst, get("/intelligence/proposals")).getContentAsString())
                        .select("#proposal-table")
                        .text())
                .doesNotContain("A boy from the arcade")
                .doesNotContain("A man called Trev");
    }

    @Test
    void aChildsRecordLinksToTheirIntelligenceOnlyForRolesThatMayReadIt() throws Exception {
        TestAccounts.Account analyst = accounts.create("INTELLIGENCE_ANALYST");
        TestAccounts.Account practitioner = accounts.colleague(analyst, "PRACTITIONER");
        long child = fx.jdbc
                .sql("SELECT person_id FROM intel_entity WHERE id = " + fx.child(analyst, "Tamsin"))
                .query(Long.class)
                .single();
        assertThat(Jsoup.parse(send(analyst, get("/children/" + child)).getContentAsString())
                        .select("#child-intelligence")
                        .attr("href"))
                .isEqualTo("/children/" + child + "/intelligence");
        assertThat(Jsoup.parse(send(practitioner, get("/children/" + child)).getContentAsString())
                        .select("#child-intelligence"))
                .isEmpty();
    }

    /** A disclosure recorded with a referral's work (as the referrals module saves one). */
    private long disclosure(TestAccounts.Account by, long child) {
        return fx.jdbc
                .sql("""
                        INSERT INTO disclosure (child_id, area_id, disclosed_by, disclosed_to, disclosed_at, words,
                               verbatim, about_description, kind_code, recorded_by, recorded_agency_id, recorded_at)
                        SELECT :child, p.area_id, 'The young person', 'Her worker', now() - interval '1 day',
                               'He said I owed him', true, 'A man called Trev', (SELECT min(code) FROM disclosure_kind),
                               u.id, u.agency_id, now()
                          FROM person p, user_account u WHERE p.id = :child AND u.id = :user
                        RETURNING id
                        """)
                .param("child", child)
                .param("user", by.id())
                .query(Long.class)
                .single();
    }

    private long proposal(long child, String description, long disclosure) {
        return fx.jdbc
                .sql("""
                        INSERT INTO intel_link_proposal (child_id, area_id, kind, description, evidence_kind,
                               evidence_id, proposed_at)
                        SELECT p.id, p.area_id, 'PERSON', :description, 'REFERRAL_DISCLOSURE', :disclosure, now()
                          FROM person p WHERE p.id = :child
                        RETURNING id
                        """)
                .param("child", child)
                .param("description", description)
                .param("disclosure", disclosure)
                .query(Long.class)
                .single();
    }

    private String status(long proposal) {
        return fx.jdbc
                .sql("SELECT status FROM intel_link_proposal WHERE id = " + proposal)
                .query(String.class)
                .single();
    }

    private MockHttpServletRequestBuilder validReport(String about, String linkType) {
        LocalDate day = LocalDate.now().minusDays(1);
        return post("/intelligence/reports")
                .param("sourceType", "OFFICER")
                .param("body", "Seen with the children")
                .param("reportedOn.day", String.valueOf(day.getDayOfMonth()))
                .param("reportedOn.month", String.valueOf(day.getMonthValue()))
                .param("reportedOn.year", String.valueOf(day.getYear()))
                .param("system", "3X5X2")
                .param("source", "2")
                .param("intelligence", "B")
                .param("handling", "P")
                .param("about", about)
                .param("linkType", linkType);
    }

    private MockHttpServletResponse send(TestAccounts.Account as, MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(user(fx.accounts.principal(as))).with(csrf()))
                .andReturn()
                .getResponse();
    }
}
