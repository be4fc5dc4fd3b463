package app.haven.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.haven.cases.CaseFixtures;
import app.haven.identity.MutableClock;
import app.haven.identity.TestAccounts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The register's missing order reads the 90-day counts kept on each open case (V395, ADR 0019). Those counts drop as
 * episodes age out of the window with nothing written, so the order must follow the clock: moved on by hand here.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class MissingOrderIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CaseFixtures cases;

    @Autowired
    MissingFixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    MissingOrderKeeper keeper;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theMissingOrderFollowsEpisodesLeavingTheNinetyDayWindowWithNothingWritten() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account lead = accounts.colleague(coordinator, "PRACTITIONER");
        long fading = cases.child(lead, "Angharad");
        long recent = cases.child(lead, "Bethan");
        long never = cases.child(lead, "Carys");
        for (long child : List.of(fading, recent, never)) {
            cases.open(coordinator, child, lead, "Concerns shared at the group");
        }
        Instant t = clock.instant();
        episode(coordinator, fading, t.minus(Duration.ofDays(85)));
        episode(coordinator, fading, t.minus(Duration.ofDays(83)));
        episode(coordinator, recent, t.minus(Duration.ofDays(10)));

        Document before = register(coordinator, lead);
        assertThat(children(before)).containsExactly("Angharad", "Bethan", "Carys");
        assertThat(missing(before, "Angharad")).isEqualTo("0 / 2");

        clock.advance(Duration.ofDays(6));
        Document oneLeft = register(coordinator, lead);
        assertThat(missing(oneLeft, "Angharad"))
                .as("91 days on, the first episode has left the window")
                .isEqualTo("0 / 1");
        assertThat(children(oneLeft).get(2)).isEqualTo("Carys");

        clock.advance(Duration.ofDays(2));
        Document bothLeft = register(coordinator, lead);
        assertThat(children(bothLeft))
                .as("both of Angharad's episodes are over 90 days old now, with no episode written since")
                .containsExactly("Bethan", "Angharad", "Carys");
        assertThat(missing(bothLeft, "Angharad")).isEqualTo("0 / 0");
        assertThat(keptOnCase(fading)).isZero();

        fixtures.report(mvc, coordinator, never, clock.instant().minus(Duration.ofHours(2)));
        assertThat(children(register(coordinator, lead)))
                .as("a child reported missing moves up at once: one episode, and missing now")
                .containsExactly("Carys", "Bethan", "Angharad");
    }

    @Test
    void theDailyPassPutsRightACopyThatDiffersFromTheChildsSummary() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account lead = accounts.colleague(coordinator, "PRACTITIONER");
        long child = cases.child(lead, "Dilys");
        cases.open(coordinator, child, lead, "Concerns shared at the group");
        episode(coordinator, child, clock.instant().minus(Duration.ofDays(3)));
        assertThat(keptOnCase(child)).isEqualTo(1);
        // As if the case had read the summary just before the episode's write committed.
        jdbc.sql("UPDATE child_case SET missing_90 = 0 WHERE child_id = :child AND status = 'OPEN'")
                .param("child", child)
                .update();

        keeper.keepAhead();

        assertThat(keptOnCase(child)).isEqualTo(1);
    }

    private void episode(TestAccounts.Account by, long child, Instant start) throws Exception {
        fixtures.report(mvc, by, child, start);
        fixtures.recordReturn(mvc, by, fixtures.latestEpisode(child), start.plus(Duration.ofHours(5)));
    }

    private int keptOnCase(long child) {
        return jdbc.sql("SELECT missing_90 FROM child_case WHERE child_id = :child AND status = 'OPEN'")
                .param("child", child)
                .query(Integer.class)
                .single();
    }

    /** The register in its missing order, narrowed to this test's lead so other tests' children stay out. */
    private Document register(TestAccounts.Account as, TestAccounts.Account lead) throws Exception {
        return Jsoup.parse(
                mvc.perform(get("/register?sort=missing&lead=" + lead.id()).with(user(accounts.principal(as))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
    }

    private static List<String> children(Document page) {
        return page.select("#register-table tbody tr th a").eachText().stream()
                .map(name -> name.split(" ")[0])
                .toList();
    }

    private static String missing(Document page, String given) {
        for (Element row : page.select("#register-table tbody tr")) {
            if (row.select("th a").text().startsWith(given)) {
                return row.select("td").get(6).text();
            }
        }
        throw new AssertionError(given + " is not on the register");
    }
}
