package app.haven.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.haven.cases.CaseFixtures;
import app.haven.identity.TestAccounts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two records of one child merged through the people pages: the merged record's episodes and Philomena profile count
 * and show under the kept record, undoing the merge gives them back, and records whose episodes overlap are not merged.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MissingMergeIT {

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
    void aMergedRecordsEpisodesAndProfileCountUnderTheKeptRecordUntilTheMergeIsUndone() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account social = accounts.colleague(coordinator, "PRACTITIONER");
        long kept = cases.child(social, "Morwenna");
        long duplicate = cases.child(social, "Morwena");
        fixtures.lookedAfter(kept);
        fixtures.lookedAfter(duplicate);
        cases.open(coordinator, kept, social, "Concerns shared at the group");
        Instant t = Instant.now();
        episode(social, duplicate, t.minus(Duration.ofDays(20)), t.minus(Duration.ofDays(19)));
        episode(social, duplicate, t.minus(Duration.ofDays(10)), t.minus(Duration.ofDays(9)));
        episode(social, kept, t.minus(Duration.ofDays(5)), t.minus(Duration.ofDays(4)));
        fixtures.send(
                mvc,
                social,
                "/children/" + duplicate + "/philomena",
                Map.of("description", "Slight build, dyed blue hair", "version", "0"));
        assertThat(missing(register(coordinator), "Morwenna")).isEqualTo("1 / 1");

        long merge = merge(coordinator, kept, duplicate);

        assertThat(missing(register(coordinator), "Morwenna"))
                .as("the register counts the merged record's episodes under the kept record's case")
                .isEqualTo("3 / 3");
        Document repeat = page(coordinator, "/missing?show=repeat");
        assertThat(repeat.select("#missing-table tbody tr th a").eachText())
                .as("the coordinator sees one repeat-missing child, by the kept record's name, three times")
                .containsExactly("Morwenna Quillfeather", "Morwenna Quillfeather", "Morwenna Quillfeather");
        assertThat(page(coordinator, "/missing").select("#missing-figures").text())
                .contains("Repeat-missing children 1");
        assertThat(page(social, "/children/" + kept + "/missing")
                        .select("#episode-table tbody tr")
                        .size())
                .isEqualTo(3);
        assertThat(page(social, "/children/" + kept + "/chronology").text()).contains("Reported missing");
        Document profile = page(social, "/children/" + kept + "/philomena");
        assertThat(profile.select("#profile-version").text()).startsWith("Version 1");
        assertThat(profile.text()).contains("Slight build, dyed blue hair");
        fixtures.send(
                mvc,
                social,
                "/children/" + kept + "/philomena",
                Map.of("description", "Slight build, hair now brown", "version", "1"));
        assertThat(page(social, "/children/" + kept + "/philomena")
                        .select("#profile-version")
                        .text())
                .as("a save under the kept record continues the merged record's versions")
                .startsWith("Version 2");

        mvc.perform(post("/people/merges/" + merge + "/undo")
                        .param("reason", "Two different girls after all")
                        .with(user(accounts.principal(coordinator)))
                        .with(csrf()))
                .andReturn();
        assertThat(jdbc.sql("SELECT merged_into FROM person WHERE id = :id")
                        .param("id", duplicate)
                        .query(Long.class)
                        .optional())
                .isEmpty();
        assertThat(missing(register(coordinator), "Morwenna"))
                .as("undoing the merge gives the episodes back")
                .isEqualTo("1 / 1");
        assertThat(episodesOf(duplicate)).isEqualTo(2);
    }

    @Test
    void recordsWithOverlappingEpisodesAreNotMergedAndNothingChanges() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        long kept = cases.child(coordinator, "Tegwen");
        long duplicate = cases.child(coordinator, "Tegwyn");
        Instant t = Instant.now();
        episode(coordinator, kept, t.minus(Duration.ofHours(30)), t.minus(Duration.ofHours(20)));
        fixtures.report(mvc, coordinator, duplicate, t.minus(Duration.ofHours(25)));

        String refused = mvc.perform(post("/children/" + kept + "/merge")
                        .param("otherNumber", String.valueOf(duplicate))
                        .param("reason", "Same girl: same school and address")
                        .with(user(accounts.principal(coordinator)))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(Jsoup.parse(refused).select(".govuk-error-summary").text())
                .contains("Both records have a missing episode at the same time")
                .contains("A child cannot be missing twice at once");
        assertThat(jdbc.sql("SELECT merged_into FROM person WHERE id = :id")
                        .param("id", duplicate)
                        .query(Long.class)
                        .optional())
                .as("nothing merged")
                .isEmpty();
        assertThat(episodesOf(duplicate)).isEqualTo(1);
        assertThat(episodesOf(kept)).isEqualTo(1);
    }

    private long merge(TestAccounts.Account by, long kept, long duplicate) throws Exception {
        mvc.perform(post("/children/" + kept + "/merge")
                        .param("otherNumber", String.valueOf(duplicate))
                        .param("reason", "Same girl: same school and address")
                        .with(user(accounts.principal(by)))
                        .with(csrf()))
                .andReturn();
        return jdbc.sql("SELECT id FROM person_merge WHERE merged_person_id = :id AND undone_at IS NULL")
                .param("id", duplicate)
                .query(Long.class)
                .single();
    }

    private long episodesOf(long child) {
        return jdbc.sql("SELECT count(*) FROM missing_episode WHERE child_id = :child")
                .param("child", child)
                .query(Long.class)
                .single();
    }

    private void episode(TestAccounts.Account by, long child, Instant start, Instant end) throws Exception {
        fixtures.report(mvc, by, child, start);
        fixtures.recordReturn(mvc, by, fixtures.latestEpisode(child), end);
    }

    private Document register(TestAccounts.Account as) throws Exception {
        return page(as, "/register");
    }

    private Document page(TestAccounts.Account as, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(accounts.principal(as))))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static String missing(Document page, String given) {
        for (Element row : page.select("#register-table tbody tr")) {
            if (row.select("th a").text().startsWith(given + " ")) {
                return row.select("td").get(6).text();
            }
        }
        throw new AssertionError(given + " is not on the register: "
                + List.of(page.select("#register-table").text()));
    }
}
