package app.haven.intelligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.haven.identity.TestAccounts;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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
 * Changing an entity: saved against the version read and audited; a stale save saves nothing and shows the saved
 * details beside what was typed; a change that duplicates another record is refused pointing to it; bad input is
 * refused with what was typed kept; scope as for viewing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EntityEditWebIT {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 9000));

    @Autowired
    MockMvc mvc;

    @Autowired
    IntelFixtures fx;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aChangeIsSavedAndAuditedAndAStaleSaveSavesNothingAndShowsTheSavedDetailsBesideTheTyping() throws Exception {
        TestAccounts.Account analyst = accounts.create("INTELLIGENCE_ANALYST");
        long car = fx.vehicle(analyst, registration("EA"));
        int read = version(car);
        Document form = Jsoup.parse(
                send(analyst, get("/intelligence/entities/" + car + "/edit")).getContentAsString());
        assertThat(form.select("input[name=version]").val()).isEqualTo(String.valueOf(read));
        String changed = registration("EB");
        long audited = fx.count("audit_event");
        MockHttpServletResponse saved = send(analyst, vehicle(car, changed, "Red", read));
        assertThat(saved.getRedirectedUrl()).isEqualTo("/intelligence/entities/" + car);
        assertThat(fx.count("audit_event")).isEqualTo(audited + 1);
        assertThat(row(car)).containsEntry("registration", MatchKeys.registration(changed));
        assertThat(row(car)).containsEntry("colour", "Red");

        MockHttpServletResponse stale = send(analyst, vehicle(car, "ZZ99 ZZZ", "Blue", read));
        Document page = Jsoup.parse(stale.getContentAsString());
        assertThat(page.select(".govuk-error-summary").text()).contains("Someone changed this record");
        assertThat(page.select("#saved-version").text()).contains(MatchKeys.registration(changed), "Red");
        assertThat(page.select("#registration").val()).isEqualTo("ZZ99 ZZZ");
        assertThat(page.select("input[name=version]").val()).isEqualTo(String.valueOf(version(car)));
        assertThat(row(car)).containsEntry("registration", MatchKeys.registration(changed));
        assertThat(row(car)).containsEntry("colour", "Red");
    }

    @Test
    void changingToAnotherRecordsRegistrationIsRefusedPointingToThatRecordAndNothingChanges() throws Exception {
        TestAccounts.Account analyst = accounts.create("INTELLIGENCE_ANALYST");
        String first = registration("EC");
        long one = fx.vehicle(analyst, first);
        long other = fx.vehicle(analyst, registration("ED"));
        Map<String, Object> before = row(other);
        // Typed with spaces and in lower case: the normalised registration is the same.
        String typed = first.toLowerCase(java.util.Locale.ROOT).replace("", " ").strip();
        Document page = Jsoup.parse(
                send(analyst, vehicle(other, typed, "Green", version(other))).getContentAsString());
        assertThat(page.select(".govuk-error-summary").text()).contains("already recorded as I-" + one);
        assertThat(page.select("#duplicate a").attr("href")).isEqualTo("/intelligence/entities/" + one);
        assertThat(page.select("#registration").val()).isEqualTo(typed);
        assertThat(row(other)).isEqualTo(before);
    }

    @Test
    void badInputIsRefusedWithTheTypingKeptAndOthersOutsideTheAreaAreRefused() throws Exception {
        TestAccounts.Account analyst = accounts.create("INTELLIGENCE_ANALYST");
        TestAccounts.Account elsewhere = accounts.create("INTELLIGENCE_ANALYST");
        long car = fx.vehicle(analyst, registration("EE"));
        Map<String, Object> before = row(car);
        Document page = Jsoup.parse(
                send(analyst, vehicle(car, "", "Grey", version(car))).getContentAsString());
        assertThat(page.select(".govuk-error-summary").text()).contains("Enter the registration");
        assertThat(page.select("#colour").val()).isEqualTo("Grey");
        assertThat(row(car)).isEqualTo(before);
        assertThat(send(elsewhere, get("/intelligence/entities/" + car + "/edit"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(elsewhere, vehicle(car, registration("EF"), "Grey", version(car)))
                        .getStatus())
                .isEqualTo(403);
        assertThat(row(car)).isEqualTo(before);
    }

    @Test
    void aPersonsRoleIsChangedOrTheFlagRemovedButAChildCannotBeMadeAPerpetrator() throws Exception {
        TestAccounts.Account analyst = accounts.create("INTELLIGENCE_ANALYST");
        long adult = fx.adultOfConcern(analyst, "Thornbury");
        send(analyst, person(adult, "FACILITATOR", version(adult)));
        assertThat(row(adult)).containsEntry("concern_role", "FACILITATOR");
        send(analyst, person(adult, ConcernFlag.NONE, version(adult)));
        assertThat(row(adult).get("concern_role")).isNull();

        long child = fx.child(analyst, "Saffron");
        Document page = Jsoup.parse(send(analyst, person(child, "SUSPECTED_PERPETRATOR", version(child)))
                .getContentAsString());
        assertThat(page.select(".govuk-error-summary").text())
                .contains("Select whether the child is flagged as an exploited peer");
        assertThat(row(child).get("concern_role")).isNull();
    }

    private static String registration(String prefix) {
        return prefix + String.format("%02d", NEXT.incrementAndGet() % 100) + " " + (char) ('A' + NEXT.get() % 26)
                + "XY";
    }

    private MockHttpServletRequestBuilder vehicle(long id, String registration, String colour, int version) {
        return post("/intelligence/entities/" + id + "/edit")
                .param("registration", registration)
                .param("make", "Vauxhall")
                .param("colour", colour)
                .param("version", String.valueOf(version));
    }

    private MockHttpServletRequestBuilder person(long id, String role, int version) {
        return post("/intelligence/entities/" + id + "/edit")
                .param("concernRole", role)
                .param("version", String.valueOf(version));
    }

    private int version(long id) {
        return jdbc.sql("SELECT version FROM intel_entity WHERE id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("SELECT * FROM intel_entity WHERE id = :id")
                .param("id", id)
                .query()
                .singleRow();
    }

    private MockHttpServletResponse send(TestAccounts.Account as, MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(user(fx.accounts.principal(as))).with(csrf()))
                .andReturn()
                .getResponse();
    }
}
