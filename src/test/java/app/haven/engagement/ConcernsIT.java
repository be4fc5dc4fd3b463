package app.haven.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.haven.identity.TestAccounts;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Reporting a concern on the public form and triaging it: anonymous reports land in their area's queue with scripts
 * kept as text and printed escaped; huge payloads, a missing CSRF token, a program filling the honeypot, a replayed
 * form and a flooding client change nothing (the flooder is told so while others carry on); a coordinator turns one
 * into a graded intelligence report linking a person of concern to a place, or closes it with a reason, once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConcernsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    EngagementFixtures fx;

    @Test
    void anAnonymousConcernKeepsAScriptAsTextAndTheTriagePagePrintsItEscaped() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        long area = fx.areaOf(coordinator);
        String what = "<script>alert('x')</script> a man gives girls lifts " + UUID.randomUUID();
        MockHttpServletResponse sent = report(EngagementFixtures.newClient(), area, what, UUID.randomUUID());
        assertThat(sent.getRedirectedUrl()).isEqualTo("/public/report-a-concern/sent");
        long id = concernWith(what);
        assertThat(fx.jdbc
                        .sql("SELECT what_happened FROM community_concern WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo(what);
        String page = send(coordinator, get("/engagement/concerns/" + id)).getContentAsString();
        assertThat(page).contains("&lt;script&gt;").doesNotContain("<script>alert");
        assertThat(send(coordinator, get("/engagement/concerns")).getContentAsString())
                .contains("/engagement/concerns/" + id);
    }

    @Test
    void aHugePayloadIsRefusedClearlyWithNothingSaved() throws Exception {
        long area = fx.areaOf(accounts.create("CSE_COORDINATOR"));
        long before = fx.count("community_concern");
        MockHttpServletResponse response =
                report(EngagementFixtures.newClient(), area, "x".repeat(200_000), UUID.randomUUID());
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(response.getContentAsString())
                        .select(".govuk-error-summary")
                        .text())
                .contains("This must be 5,000 characters or fewer");
        assertThat(fx.count("community_concern")).isEqualTo(before);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedEvenWhenSignedOut() throws Exception {
        long area = fx.areaOf(accounts.create("CSE_COORDINATOR"));
        long before = fx.count("community_concern");
        MockHttpServletResponse response = mvc.perform(
                        filled(EngagementFixtures.newClient(), area, "No token", UUID.randomUUID()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(fx.count("community_concern")).isEqualTo(before);
    }

    @Test
    void aReplayedFormGetsTheFirstAnswerAndIsNotSavedTwice() throws Exception {
        long area = fx.areaOf(accounts.create("CSE_COORDINATOR"));
        String what = "Replayed " + UUID.randomUUID();
        UUID token = UUID.randomUUID();
        String client = EngagementFixtures.newClient();
        assertThat(report(client, area, what, token).getRedirectedUrl()).isEqualTo("/public/report-a-concern/sent");
        assertThat(report(client, area, what, token).getRedirectedUrl()).isEqualTo("/public/report-a-concern/sent");
        assertThat(fx.jdbc
                        .sql("SELECT count(*) FROM community_concern WHERE what_happened = :w")
                        .param("w", what)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aProgramFillingTheHoneypotIsThankedAndNothingIsSaved() throws Exception {
        long area = fx.areaOf(accounts.create("CSE_COORDINATOR"));
        long before = fx.count("community_concern");
        MockHttpServletResponse response = mvc.perform(
                        filled(EngagementFixtures.newClient(), area, "Spam", UUID.randomUUID())
                                .param("website", "http://spam.example")
                                .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/public/report-a-concern/sent");
        assertThat(fx.count("community_concern")).isEqualTo(before);
    }

    @Test
    void aFloodingClientIsRefusedWith429WhileAnotherClientIsStillAnswered() throws Exception {
        long area = fx.areaOf(accounts.create("CSE_COORDINATOR"));
        String flooder = EngagementFixtures.newClient();
        for (int i = 0; i < 10; i++) {
            assertThat(report(flooder, area, "Flood " + i, UUID.randomUUID()).getStatus())
                    .isEqualTo(302);
        }
        long before = fx.count("community_concern");
        MockHttpServletResponse refused = report(flooder, area, "Flood again", UUID.randomUUID());
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(refused.getContentAsString())
                .contains("Too many reports sent from here")
                .contains("999");
        assertThat(fx.count("community_concern")).isEqualTo(before);
        assertThat(report(EngagementFixtures.newClient(), area, "A real report", UUID.randomUUID())
                        .getRedirectedUrl())
                .isEqualTo("/public/report-a-concern/sent");
        assertThat(mvc.perform(get("/public/report-a-concern").with(r -> {
                            r.setRemoteAddr(flooder);
                            return r;
                        }))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("reading the pages is not limited")
                .isEqualTo(200);
    }

    @Test
    void aCoordinatorTurnsAConcernIntoIntelligenceLinkingAPersonOfConcernToAPlaceOnce() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        long area = fx.areaOf(coordinator);
        long place = fx.location(area, coordinator.id(), "Takeaway on Mill Street");
        long man = fx.personOfConcern(area, coordinator.id(), "Quillfeather");
        String what = "Girls in school uniform collected by a man " + UUID.randomUUID();
        report(EngagementFixtures.newClient(), area, what, UUID.randomUUID());
        long id = concernWith(what);
        long links = fx.count("intel_link");

        MockHttpServletResponse done = send(
                coordinator,
                post("/engagement/concerns/" + id + "/intelligence")
                        .param("version", "0")
                        .param("source", "2")
                        .param("intelligence", "C")
                        .param("handling", "P")
                        .param("about", "I-" + man + "\nI-" + place)
                        .param("linkType", "FREQUENTS"));
        assertThat(done.getRedirectedUrl()).isEqualTo("/engagement/concerns/" + id);
        long report = fx.jdbc
                .sql("SELECT intel_report_id FROM community_concern WHERE id = :id AND status =" + " 'INTELLIGENCE'")
                .param("id", id)
                .query(Long.class)
                .single();
        assertThat(fx.jdbc
                        .sql("SELECT source_type || ' ' || body FROM intel_report WHERE id = :id")
                        .param("id", report)
                        .query(String.class)
                        .single())
                .startsWith("COMMUNITY ")
                .contains(what);
        assertThat(fx.jdbc
                        .sql("SELECT entity_id FROM intel_report_entity WHERE report_id = :id ORDER BY entity_id")
                        .param("id", report)
                        .query(Long.class)
                        .list())
                .containsExactlyInAnyOrder(man, place);
        assertThat(fx.count("intel_link")).isEqualTo(links + 1);

        long reports = fx.count("intel_report");
        send(
                coordinator,
                post("/engagement/concerns/" + id + "/close")
                        .param("version", "0")
                        .param("reason", "NOT_CSE"));
        assertThat(fx.count("intel_report")).isEqualTo(reports);
        assertThat(fx.jdbc
                        .sql("SELECT status FROM community_concern WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("INTELLIGENCE");
    }

    @Test
    void aBadGradingOrAReferenceOutsideScopeIsRefusedWithWhatWasTypedKeptAndNothingSaved() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account elsewhere = accounts.create("CSE_COORDINATOR");
        long area = fx.areaOf(coordinator);
        long theirPlace = fx.location(fx.areaOf(elsewhere), elsewhere.id(), "Somewhere else");
        String what = "Refused triage " + UUID.randomUUID();
        report(EngagementFixtures.newClient(), area, what, UUID.randomUUID());
        long id = concernWith(what);
        long reports = fx.count("intel_report");
        MockHttpServletResponse response = send(
                coordinator,
                post("/engagement/concerns/" + id + "/intelligence")
                        .param("version", "0")
                        .param("source", "2")
                        .param("intelligence", "C")
                        .param("handling", "C")
                        .param("about", "I-" + theirPlace));
        var page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select(".govuk-error-summary").text()).contains("Enter the conditions on sharing");
        assertThat(page.select("#about").text()).isEqualTo("I-" + theirPlace);
        MockHttpServletResponse outside = send(
                coordinator,
                post("/engagement/concerns/" + id + "/intelligence")
                        .param("version", "0")
                        .param("source", "2")
                        .param("intelligence", "C")
                        .param("handling", "P")
                        .param("about", "I-" + theirPlace));
        assertThat(Jsoup.parse(outside.getContentAsString())
                        .select(".govuk-error-summary")
                        .text())
                .contains("outside your record scope");
        assertThat(fx.count("intel_report")).isEqualTo(reports);
        assertThat(fx.jdbc
                        .sql("SELECT status || version FROM community_concern WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("NEW0");
    }

    @Test
    void aConcernIsClosedWithAReasonAndAuditedAndOthersAreasCannotSeeIt() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account police = accounts.create("POLICE_INVESTIGATOR");
        long area = fx.areaOf(coordinator);
        String what = "To close " + UUID.randomUUID();
        report(EngagementFixtures.newClient(), area, what, UUID.randomUUID());
        long id = concernWith(what);
        assertThat(send(police, get("/engagement/concerns/" + id)).getStatus()).isEqualTo(403);
        assertThat(send(police, get("/engagement/concerns")).getContentAsString())
                .doesNotContain(what);
        MockHttpServletResponse missing =
                send(coordinator, post("/engagement/concerns/" + id + "/close").param("version", "0"));
        assertThat(missing.getContentAsString()).contains("Select why the concern is closed");
        send(
                coordinator,
                post("/engagement/concerns/" + id + "/close")
                        .param("version", "0")
                        .param("reason", "DUPLICATE")
                        .param("note", "Same as yesterday's"));
        assertThat(fx.jdbc
                        .sql("SELECT status || ':' || closed_reason FROM community_concern WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("CLOSED:DUPLICATE");
        assertThat(fx.jdbc
                        .sql("SELECT count(*) FROM audit_event WHERE subject_type = 'community-concern' AND"
                                + " subject_id = :id AND action = 'update'")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private long concernWith(String what) {
        return fx.jdbc
                .sql("SELECT id FROM community_concern WHERE what_happened = :w")
                .param("w", what)
                .query(Long.class)
                .single();
    }

    private MockHttpServletResponse report(String client, long area, String what, UUID token) throws Exception {
        return mvc.perform(filled(client, area, what, token).with(csrf()))
                .andReturn()
                .getResponse();
    }

    static MockHttpServletRequestBuilder filled(String client, long area, String what, UUID token) {
        return post("/public/report-a-concern")
                .with(r -> {
                    r.setRemoteAddr(client);
                    return r;
                })
                .param("area", String.valueOf(area))
                .param("what", what)
                .param("where", "Outside the takeaway on Mill Street")
                .param("when", "Friday nights")
                .param("who", "A man in a white van")
                .param("_submission", token.toString());
    }

    private MockHttpServletResponse send(TestAccounts.Account as, MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(csrf()).with(user(accounts.principal(as))))
                .andReturn()
                .getResponse();
    }
}
