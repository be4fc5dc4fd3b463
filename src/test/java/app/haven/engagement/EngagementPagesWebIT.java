package app.haven.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.haven.identity.TestAccounts;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * The directory of services, training and preventive events pages: signed-out visitors are sent to sign in, users
 * without the permission are refused, bad input is shown again with an error summary and nothing saved, a good entry is
 * saved and listed, and another area's entries are not shown.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EngagementPagesWebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    EngagementFixtures fx;

    @Test
    void signedOutVisitorsAreSentToSignIn() throws Exception {
        for (String path : new String[] {"/services", "/services/new", "/engagement/training", "/engagement/events"}) {
            MockHttpServletResponse response =
                    mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as(path).endsWith("/login");
        }
    }

    @Test
    void usersWithoutThePermissionAreRefusedAndNothingIsSaved() throws Exception {
        TestAccounts.Account practitioner = accounts.create("PRACTITIONER");
        TestAccounts.Account analyst = accounts.create("PARTNERSHIP_ANALYST");
        long services = fx.count("support_service");
        long events = fx.count("preventive_event");

        assertThat(send(practitioner, get("/services")).getStatus())
                .as("practitioners read the directory")
                .isEqualTo(200);
        assertThat(send(analyst, get("/services")).getStatus()).isEqualTo(403);
        assertThat(send(practitioner, get("/services/new")).getStatus()).isEqualTo(403);
        assertThat(send(practitioner, service(fx.areaOf(practitioner), "Refused service"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(practitioner, get("/engagement/training")).getStatus()).isEqualTo(403);
        assertThat(send(practitioner, get("/engagement/events")).getStatus()).isEqualTo(403);
        assertThat(send(practitioner, event("Refused venue")).getStatus()).isEqualTo(403);
        assertThat(fx.count("support_service")).isEqualTo(services);
        assertThat(fx.count("preventive_event")).isEqualTo(events);
    }

    @Test
    void aServiceIsAddedToTheDirectoryAndShownOnlyInItsAreas() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account elsewhere = accounts.create("CSE_COORDINATOR");
        String name = "Safe Steps mentoring " + System.nanoTime();

        MockHttpServletResponse added = send(coordinator, service(fx.areaOf(coordinator), name));

        assertThat(added.getRedirectedUrl()).startsWith("/services/");
        assertThat(page(coordinator, "/services").select("main table").text()).contains(name);
        assertThat(page(coordinator, added.getRedirectedUrl()).select("h1").text())
                .contains(name);
        assertThat(page(elsewhere, "/services").text()).doesNotContain(name);
        assertThat(send(elsewhere, get(added.getRedirectedUrl())).getStatus()).isEqualTo(403);
    }

    @Test
    void aServiceWithBadInputIsShownAgainWithWhatWasTypedAndNotSaved() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        long before = fx.count("support_service");

        MockHttpServletResponse refused = send(
                coordinator,
                service(fx.areaOf(coordinator), "<script>alert(1)</script>")
                        .param("ageFrom", "17")
                        .param("ageTo", "9"));

        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(page.select(".govuk-error-summary").text()).contains("Enter the ages it works with");
        assertThat(page.select("#name").val()).isEqualTo("<script>alert(1)</script>");
        assertThat(refused.getContentAsString()).doesNotContain("<script>alert(1)");
        assertThat(fx.count("support_service")).isEqualTo(before);
    }

    @Test
    void aTrainingSessionIsRecordedAndBadAttendanceIsRefused() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        long agency = agencyOf(coordinator);
        long before = fx.count("training_session");

        MockHttpServletResponse refused = send(coordinator, session(agency, "trainer", "-3"));
        assertThat(Jsoup.parse(refused.getContentAsString())
                        .select(".govuk-error-summary")
                        .text())
                .isNotBlank();
        assertThat(Jsoup.parse(refused.getContentAsString()).select("#trainer").val())
                .isEqualTo("trainer");
        assertThat(fx.count("training_session")).isEqualTo(before);

        String trainer = "Partnership trainer " + System.nanoTime();
        assertThat(send(coordinator, session(agency, trainer, "12")).getRedirectedUrl())
                .isEqualTo("/engagement/training");
        assertThat(fx.count("training_session")).isEqualTo(before + 1);
        assertThat(page(coordinator, "/engagement/training")
                        .select("main table")
                        .text())
                .contains(coordinator.areaName());
    }

    @Test
    void aPreventiveEventIsRecordedAndBadInputIsRefused() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account elsewhere = accounts.create("CSE_COORDINATOR");
        long before = fx.count("preventive_event");

        MockHttpServletResponse refused =
                send(coordinator, event("Brook Lane Primary").param("attendance", "none"));
        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select(".govuk-error-summary").text()).contains("Enter how many attended");
        assertThat(page.select("#venue").val()).isEqualTo("Brook Lane Primary");
        assertThat(fx.count("preventive_event")).isEqualTo(before);

        String venue = "Hillside Community Centre " + System.nanoTime();
        assertThat(send(coordinator, event(venue).param("attendance", "45")).getRedirectedUrl())
                .isEqualTo("/engagement/events");
        assertThat(page(coordinator, "/engagement/events").text()).contains(venue);
        assertThat(page(elsewhere, "/engagement/events").text()).doesNotContain(venue);
    }

    private static MockHttpServletRequestBuilder service(long area, String name) {
        return post("/services")
                .param("name", name)
                .param("provider", "Brightside Trust")
                .param("commissioned", "true")
                .param("offer", "One-to-one mentoring for young people at risk of exploitation.")
                .param("ageFrom", "11")
                .param("ageTo", "18")
                .param("howToRefer", "Email the referral form to the service.")
                .param("capacity", "OPEN")
                .param("areas", String.valueOf(area));
    }

    private static MockHttpServletRequestBuilder session(long agency, String trainer, String attended) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        return post("/engagement/training/sessions")
                .param("course", "CSE_AWARENESS")
                .param("heldOn.day", String.valueOf(today.getDayOfMonth()))
                .param("heldOn.month", String.valueOf(today.getMonthValue()))
                .param("heldOn.year", String.valueOf(today.getYear()))
                .param("trainer", trainer)
                .param("agency", String.valueOf(agency))
                .param("role", "TEACHER")
                .param("attended", attended)
                .param("evaluations", "0")
                .param("moreConfident", "0");
    }

    private static MockHttpServletRequestBuilder event(String venue) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        return post("/engagement/events")
                .param("heldOn.day", String.valueOf(today.getDayOfMonth()))
                .param("heldOn.month", String.valueOf(today.getMonthValue()))
                .param("heldOn.year", String.valueOf(today.getYear()))
                .param("setting", "SCHOOL")
                .param("venue", venue)
                .param("audience", "CHILDREN_9_11")
                .param("yearGroups", "5", "6")
                .param("partners", "2engage")
                .param("topics", "ONLINE_SAFETY");
    }

    private long agencyOf(TestAccounts.Account account) {
        return fx.jdbc
                .sql("SELECT agency_id FROM user_account WHERE id = :id")
                .param("id", account.id())
                .query(Long.class)
                .single();
    }

    private Document page(TestAccounts.Account as, String path) throws Exception {
        MockHttpServletResponse response = send(as, get(path));
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private MockHttpServletResponse send(TestAccounts.Account as, MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(csrf()).with(user(accounts.principal(as))))
                .andReturn()
                .getResponse();
    }
}
