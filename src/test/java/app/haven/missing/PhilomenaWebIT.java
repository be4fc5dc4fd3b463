package app.haven.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.haven.cases.CaseFixtures;
import app.haven.identity.TestAccounts;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
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

/** Philomena profiles: versioned, a stale save changes nothing, only for looked-after children, printed as a PDF. */
@SpringBootTest
@AutoConfigureMockMvc
class PhilomenaWebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CaseFixtures cases;

    @Autowired
    MissingFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachSaveIsANewVersionAndAStaleSaveKeepsWhatWasTypedAndChangesNothing() throws Exception {
        TestAccounts.Account carer = accounts.create("PRACTITIONER");
        long child = cases.child(carer, "Gwenllian");
        fixtures.lookedAfter(child);
        fixtures.report(mvc, carer, child, Instant.now().minus(Duration.ofDays(3)));

        assertThat(save(carer, child, "Tall, red hair", 0).getRedirectedUrl())
                .isEqualTo("/children/" + child + "/philomena");
        assertThat(save(carer, child, "Tall, red hair, freckles", 1).getRedirectedUrl())
                .isEqualTo("/children/" + child + "/philomena");
        Document stale = Jsoup.parse(
                save(carer, child, "Written from the first version", 1).getContentAsString());
        assertThat(stale.select(".govuk-error-summary__list li").text()).startsWith("Someone saved a newer version");
        assertThat(stale.select("textarea[name=description]").text()).isEqualTo("Written from the first version");
        assertThat(stale.select("input[name=version]").val()).isEqualTo("2");
        assertThat(stale.select("#saved-version").text()).contains("Tall, red hair, freckles");
        assertThat(versions(child)).isEqualTo(2);
        Document blank = Jsoup.parse(save(carer, child, " ", 2).getContentAsString());
        assertThat(blank.select(".govuk-error-summary__list li").text())
                .isEqualTo("Enter a description of the child for the police");
        assertThat(versions(child)).isEqualTo(2);

        Document shown = page(carer, "/children/" + child + "/philomena");
        assertThat(shown.select("#profile-version").text()).startsWith("Version 2");
        assertThat(shown.select("#profile-versions li").text()).startsWith("Version 1");

        MockHttpServletResponse pdf = mvc.perform(
                        get("/children/" + child + "/philomena.pdf").with(user(accounts.principal(carer))))
                .andReturn()
                .getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'print' AND child_id = :child")
                        .param("child", child)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aChildWhoIsNotLookedAfterHasNoProfileForm() throws Exception {
        TestAccounts.Account worker = accounts.create("PRACTITIONER");
        long child = cases.child(worker, "Heledd");
        assertThat(page(worker, "/children/" + child + "/philomena").select("form[action$=philomena]"))
                .isEmpty();
        assertThat(save(worker, child, "Anything", 0).getStatus()).isEqualTo(409);
        assertThat(versions(child)).isZero();
        TestAccounts.Account outsider = accounts.create("PRACTITIONER");
        assertThat(save(outsider, child, "Anything", 0).getStatus()).isEqualTo(403);
    }

    private MockHttpServletResponse save(TestAccounts.Account by, long child, String description, int version)
            throws Exception {
        Map<String, String> fields = new HashMap<>(Map.of(
                "description", description, "placesFrequented", "The retail park", "version", String.valueOf(version)));
        return fixtures.send(mvc, by, "/children/" + child + "/philomena", fields);
    }

    private long versions(long child) {
        return jdbc.sql("SELECT count(*) FROM philomena_profile WHERE child_id = :child")
                .param("child", child)
                .query(Long.class)
                .single();
    }

    private Document page(TestAccounts.Account as, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(accounts.principal(as))))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
