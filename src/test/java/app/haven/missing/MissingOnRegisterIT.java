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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The register shows each child's missing episodes in the last 30 and 90 days and "missing now", filters and orders by them. */
@SpringBootTest
@AutoConfigureMockMvc
class MissingOnRegisterIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CaseFixtures cases;

    @Autowired
    MissingFixtures fixtures;

    @Test
    void theRegisterCountsFiltersAndOrdersByMissingEpisodes() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account social = accounts.colleague(coordinator, "PRACTITIONER");
        long often = cases.child(social, "Oriel");
        long now = cases.child(social, "Nerys");
        long never = cases.child(social, "Verity");
        long longAgo = cases.child(social, "Linnea");
        for (long child : List.of(often, now, never, longAgo)) {
            cases.open(coordinator, child, social, "Concerns shared at the group");
        }
        Instant t = Instant.now();
        episode(coordinator, often, t.minus(Duration.ofDays(70)), t.minus(Duration.ofDays(69)));
        episode(coordinator, often, t.minus(Duration.ofDays(20)), t.minus(Duration.ofDays(19)));
        episode(coordinator, often, t.minus(Duration.ofDays(5)), t.minus(Duration.ofDays(4)));
        fixtures.report(mvc, coordinator, now, t.minus(Duration.ofHours(3)));
        episode(coordinator, longAgo, t.minus(Duration.ofDays(120)), t.minus(Duration.ofDays(119)));

        Document all = register(coordinator, "");
        assertThat(missing(all, "Oriel")).isEqualTo("2 / 3");
        assertThat(missing(all, "Nerys")).isEqualTo("1 / 1 Missing now");
        assertThat(missing(all, "Verity")).isEqualTo("0 / 0");
        assertThat(missing(all, "Linnea"))
                .as("an episode four months ago is outside both windows")
                .isEqualTo("0 / 0");

        assertThat(children(register(coordinator, "?flag=missing-now"))).containsExactly("Nerys Quillfeather");
        assertThat(children(register(coordinator, "?flag=missing-30")))
                .containsExactlyInAnyOrder("Oriel Quillfeather", "Nerys Quillfeather");
        assertThat(children(register(coordinator, "?flag=missing-90")))
                .containsExactlyInAnyOrder("Oriel Quillfeather", "Nerys Quillfeather");
        assertThat(children(register(coordinator, "?sort=missing")).subList(0, 2))
                .containsExactly("Oriel Quillfeather", "Nerys Quillfeather");
        assertThat(register(coordinator, "?flag=missing-now")
                        .select("#register-count")
                        .text())
                .startsWith("1 open case");
    }

    private void episode(TestAccounts.Account by, long child, Instant start, Instant end) throws Exception {
        fixtures.report(mvc, by, child, start);
        fixtures.recordReturn(mvc, by, fixtures.latestEpisode(child), end);
    }

    private Document register(TestAccounts.Account as, String query) throws Exception {
        return Jsoup.parse(mvc.perform(get("/register" + query).with(user(accounts.principal(as))))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static List<String> children(Document page) {
        return page.select("#register-table tbody tr th a").eachText();
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
