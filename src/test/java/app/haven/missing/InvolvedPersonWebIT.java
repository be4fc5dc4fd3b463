package app.haven.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.haven.cases.CaseFixtures;
import app.haven.identity.TestAccounts;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
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

/** A person involved in an episode is linked to a person record found by search, or to a new adult record. */
@SpringBootTest
@AutoConfigureMockMvc
class InvolvedPersonWebIT {

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
    void aPersonInvolvedIsLinkedToANewAdultThenAnotherToTheSameRecordFoundBySearch() throws Exception {
        TestAccounts.Account worker = accounts.create("PRACTITIONER");
        long child = cases.child(worker, "Angharad");
        long episode = episodeWith(worker, child, "A man called Jax, about 25\nJax's friend with the blue car");
        List<Long> rows = involved(episode);
        String first = "/missing-episodes/" + episode + "/people/" + rows.get(0);
        String second = "/missing-episodes/" + episode + "/people/" + rows.get(1);
        assertThat(page(worker, "/missing-episodes/" + episode).select("#involved-people a"))
                .extracting(a -> a.attr("href"))
                .containsExactly(first, second);
        assertThat(page(worker, first).select("#involved-description").text()).isEqualTo("A man called Jax, about 25");

        Document nothing =
                Jsoup.parse(search(worker, first, "Jaxon Quarrington").getContentAsString());
        assertThat(nothing.select("#found-heading").text()).isEqualTo("No records you may open match");
        long people = count("SELECT count(*) FROM person");
        Document blank = Jsoup.parse(fixtures.send(mvc, worker, first + "/adult", Map.of("givenNames", "Jaxon"))
                .getContentAsString());
        assertThat(blank.select(".govuk-error-summary__list li").text()).isEqualTo("Enter their family name");
        assertThat(blank.select("input[name=givenNames]").val()).isEqualTo("Jaxon");
        assertThat(count("SELECT count(*) FROM person")).as("nothing saved").isEqualTo(people);

        MockHttpServletResponse recorded = fixtures.send(
                mvc, worker, first + "/adult", Map.of("givenNames", "Jaxon", "familyName", "Quarrington"));
        assertThat(recorded.getRedirectedUrl()).isEqualTo("/missing-episodes/" + episode);
        long adult = linkedPerson(rows.get(0));
        assertThat(count("SELECT count(*) FROM person WHERE id = " + adult + " AND kind = 'ADULT'"))
                .isEqualTo(1);
        assertThat(page(worker, "/missing-episodes/" + episode)
                        .select("#involved-people a[href=/people/" + adult + "]")
                        .text())
                .isEqualTo("Jaxon Quarrington");

        Document found = Jsoup.parse(search(worker, second, "Jaxon Quarrington").getContentAsString());
        assertThat(found.select("#found-people input[name=personId]").eachAttr("value"))
                .contains(String.valueOf(adult));
        assertThat(fixtures.send(mvc, worker, second, Map.of("personId", String.valueOf(adult)))
                        .getRedirectedUrl())
                .isEqualTo("/missing-episodes/" + episode);
        assertThat(linkedPerson(rows.get(1))).isEqualTo(adult);
        assertThat(count("SELECT count(*) FROM audit_event WHERE subject_type = 'missing-episode' AND subject_id = "
                        + episode + " AND action = 'update'"))
                .as("each link audited once as a change of the episode")
                .isEqualTo(2);
    }

    @Test
    void aRecordTheUserMayNotOpenIsNotLinkedAndAnotherAreasWorkerMayNotLinkAtAll() throws Exception {
        TestAccounts.Account worker = accounts.create("PRACTITIONER");
        TestAccounts.Account elsewhere = accounts.create("PRACTITIONER");
        long child = cases.child(worker, "Branwen");
        long otherChild = cases.child(elsewhere, "Catrin");
        long episode = episodeWith(worker, child, "An older girl from the children's home");
        String link =
                "/missing-episodes/" + episode + "/people/" + involved(episode).get(0);

        Document refused = Jsoup.parse(fixtures.send(mvc, worker, link, Map.of("personId", String.valueOf(otherChild)))
                .getContentAsString());
        assertThat(refused.select(".govuk-error-summary").text()).contains("Search again");
        assertThat(count("SELECT count(*) FROM missing_episode_involved WHERE episode_id = " + episode
                        + " AND person_id IS NOT NULL"))
                .isZero();
        assertThat(mvc.perform(get(link).with(user(accounts.principal(elsewhere))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(fixtures.send(mvc, elsewhere, link, Map.of("personId", String.valueOf(otherChild)))
                        .getStatus())
                .isEqualTo(403);
    }

    private long episodeWith(TestAccounts.Account by, long child, String involvedPeople) throws Exception {
        Map<String, String> fields =
                new HashMap<>(MissingFixtures.reportFields(Instant.now().minus(Duration.ofHours(3))));
        fields.put("people", involvedPeople);
        fixtures.send(mvc, by, "/children/" + child + "/missing-episodes", fields);
        return fixtures.latestEpisode(child);
    }

    private MockHttpServletResponse search(TestAccounts.Account by, String link, String text) throws Exception {
        return fixtures.send(mvc, by, link + "/search", Map.of("q", text));
    }

    private List<Long> involved(long episode) {
        return jdbc.sql(
                        "SELECT id FROM missing_episode_involved WHERE episode_id = :e AND kind = 'PERSON' ORDER BY position")
                .param("e", episode)
                .query(Long.class)
                .list();
    }

    private long linkedPerson(long involvedId) {
        return count("SELECT person_id FROM missing_episode_involved WHERE id = " + involvedId);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private Document page(TestAccounts.Account as, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(accounts.principal(as))))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
