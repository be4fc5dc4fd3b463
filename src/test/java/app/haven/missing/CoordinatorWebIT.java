package app.haven.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.haven.cases.CaseFixtures;
import app.haven.identity.TestAccounts;
import java.time.Duration;
import java.time.Instant;
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

/** The missing coordinator's view: an area's open episodes, interviews due and overdue, repeat missing, and its CSV. */
@SpringBootTest
@AutoConfigureMockMvc
class CoordinatorWebIT {

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
    void showsTheAreasEpisodesByWhatNeedsDoingAndExportsThem() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account social = accounts.colleague(coordinator, "PRACTITIONER");
        long missingNow = cases.child(social, "Anwen");
        long overdue = cases.child(social, "Bronwen");
        long due = cases.child(social, "Carys");
        Instant t = Instant.now();
        fixtures.report(mvc, social, missingNow, t.minus(Duration.ofHours(2)));
        episode(social, overdue, t.minus(Duration.ofDays(6)), t.minus(Duration.ofDays(5)));
        // In the order they happened: a report is open until its return, so it may not start before a later episode.
        for (int daysAgo : new int[] {80, 40}) {
            Instant returned = t.minus(Duration.ofDays(daysAgo - 1));
            episode(social, due, t.minus(Duration.ofDays(daysAgo)), returned);
            fixtures.interview(
                    mvc,
                    social,
                    fixtures.latestEpisode(due),
                    returned.plus(Duration.ofHours(2)),
                    returned.plus(Duration.ofHours(20)),
                    false);
        }
        episode(social, due, t.minus(Duration.ofDays(2)), t.minus(Duration.ofDays(1)));

        assertThat(children(view(coordinator, ""))).containsExactly("Anwen Quillfeather");
        Document overdueView = view(coordinator, "?show=interview-overdue");
        assertThat(children(overdueView)).containsExactly("Bronwen Quillfeather");
        assertThat(overdueView.select("#missing-table").text()).contains("Overdue");
        assertThat(children(view(coordinator, "?show=interview-due"))).containsExactly("Carys Quillfeather");
        assertThat(children(view(coordinator, "?show=repeat")))
                .containsExactly("Carys Quillfeather", "Carys Quillfeather", "Carys Quillfeather");
        assertThat(children(view(coordinator, "?show=recent&sort=due")))
                .as("interviews due, soonest first, then the rest newest first")
                .containsExactly(
                        "Bronwen Quillfeather",
                        "Carys Quillfeather",
                        "Anwen Quillfeather",
                        "Carys Quillfeather",
                        "Carys Quillfeather");
        assertThat(view(coordinator, "?show=repeat&sort=due")
                        .select("#missing-table tbody tr")
                        .eachText())
                .hasSize(3)
                .first()
                .asString()
                .contains("Due by");
        assertThat(children(view(coordinator, "?show=recent&risk=LOW"))).isEmpty();
        Document figures = view(coordinator, "");
        assertThat(figures.select("#missing-figures").text())
                .contains("Missing now 1")
                .contains("Return home interviews overdue 1")
                .contains("Repeat-missing children 1");

        MockHttpServletResponse csv = mvc.perform(get("/missing/episodes.csv?show=recent&sort=started")
                        .with(user(accounts.principal(coordinator))))
                .andReturn()
                .getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        List<String> lines = csv.getContentAsString().lines().toList();
        assertThat(lines.get(0)).startsWith("Child id,Child,Area,Category,Started");
        assertThat(lines).hasSize(1 + 5);
        assertThat(lines.get(1)).startsWith(missingNow + ",Anwen Quillfeather,");

        TestAccounts.Account elsewhere = accounts.create("CSE_COORDINATOR");
        assertThat(children(view(elsewhere, "?show=recent"))).isEmpty();
        assertThat(mvc.perform(get("/missing").with(user(accounts.principal(social))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void theViewAuditsOnceNamingTheEpisodesShown() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account social = accounts.colleague(coordinator, "PRACTITIONER");
        long child = cases.child(social, "Delyth");
        fixtures.report(mvc, social, child, Instant.now().minus(Duration.ofHours(3)));
        long episode = fixtures.latestEpisode(child);
        long before = jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event")
                .query(Long.class)
                .single();

        assertThat(children(view(coordinator, ""))).containsExactly("Delyth Quillfeather");

        List<String> audited = jdbc.sql("SELECT action || ' ' || subject_type || ' ' || coalesce(reason, '')"
                        + " FROM audit_event WHERE id > :before")
                .param("before", before)
                .query(String.class)
                .list();
        assertThat(audited).containsExactly("view missing-coordinator-view episodes shown: " + episode);
    }

    private void episode(TestAccounts.Account by, long child, Instant start, Instant end) throws Exception {
        fixtures.report(mvc, by, child, start);
        fixtures.recordReturn(mvc, by, fixtures.latestEpisode(child), end);
    }

    private Document view(TestAccounts.Account as, String query) throws Exception {
        return Jsoup.parse(mvc.perform(get("/missing" + query).with(user(accounts.principal(as))))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static List<String> children(Document page) {
        return page.select("#missing-table tbody tr th a").eachText();
    }
}
