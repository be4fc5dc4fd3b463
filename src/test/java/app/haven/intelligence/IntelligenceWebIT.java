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
