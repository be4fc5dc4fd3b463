package app.haven.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.haven.identity.TestAccounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Races and stale writes on a screening: a double submit, two people on one draft, a band lowered by the back door. */
@SpringBootTest
@AutoConfigureMockMvc
class ScreeningSafetyIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ScreeningFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    private TestAccounts.Account account;
    private UserDetails practitioner;
    private UserDetails colleague;
    private long child;

    @BeforeEach
    void aFifteenYearOldKnownToTwoColleagues() {
        account = accounts.create("PRACTITIONER");
        practitioner = accounts.principal(account);
        colleague = accounts.principal(accounts.colleague(account, "CSE_COORDINATOR"));
        child = fixtures.child(account, "Nydia", "Sorrelton", LocalDate.now().minusYears(15), false);
    }

    @Test
    void twoSimultaneousSubmitsCompleteOnceAndPublishOnce() throws Exception {
        long id = fixtures.start(mvc, practitioner, child, "cse-levels");
        int version = fixtures.version(id);
        MockHttpServletRequestBuilder high = fixtures.everythingAnswered(
                id, practitioner, version, "cse-levels", Set.of("cars-unknown-adults"), Set.of(), Set.of());
        MockHttpServletRequestBuilder none =
                fixtures.everythingAnswered(id, practitioner, version, "cse-levels", Set.of(), Set.of(), Set.of());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (MockHttpServletRequestBuilder request : List.of(high, none)) {
            results.add(pool.submit(() -> {
                go.await();
                return mvc.perform(request).andReturn().getResponse().getStatus();
            }));
        }
        go.countDown();
        for (Future<Integer> result : results) {
            assertThat(result.get())
                    .as("both are answered as the success it was")
                    .isEqualTo(302);
        }
        pool.shutdown();

        String stored = jdbc.sql("SELECT band_label FROM screening WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE subject_type = 'screening' AND subject_id = :id"
                                + " AND reason LIKE 'completed%'")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT summary FROM chronology_entry WHERE child_id = :id"
                                + " AND event_type = 'screening.completed'")
                        .param("id", child)
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .endsWith("banded " + stored);
    }

    @Test
    void aStaleSaveShowsBothVersionsKeepsWhatWasTypedAndOverwritesNothing() throws Exception {
        long id = fixtures.start(mvc, practitioner, child, "cse-levels");
        int opened = fixtures.version(id);
        mvc.perform(fixtures.answers(id, practitioner, "save", opened)
                .param("childWords", "They just give me lifts")
                .param("answer.cars-unknown-adults", "PRESENT"));
        long auditsBefore = fixtures.audits(child);

        Document conflict = fixtures.page(
                mvc,
                colleague,
                fixtures.answers(id, colleague, "save", opened).param("childWords", "I stay at my nan's"));
        assertThat(conflict.select(".govuk-error-summary").text())
                .contains("saved this screening")
                .contains("while you were editing it");
        assertThat(conflict.select("#their-version").text())
                .contains("They just give me lifts")
                .contains("Getting into or out of cars with unknown adults")
                .contains("Present");
        assertThat(conflict.select("textarea#childWords").text()).isEqualTo("I stay at my nan's");
        assertThat(childWords(id)).isEqualTo("They just give me lifts");
        assertThat(fixtures.audits(child) - auditsBefore)
                .as("the conflict page is one read")
                .isEqualTo(1);

        int shown = Integer.parseInt(conflict.select("input[name=version]").val());
        mvc.perform(fixtures.answers(id, colleague, "save", shown).param("childWords", "I stay at my nan's"));
        assertThat(childWords(id))
                .as("saving again from the version shown is a deliberate choice")
                .isEqualTo("I stay at my nan's");
    }

    @Test
    void aStaleAutosaveWritesNothingAndACurrentOneSaysItsNewVersion() throws Exception {
        long id = fixtures.start(mvc, practitioner, child, "cse-levels");
        int opened = fixtures.version(id);
        var saved = mvc.perform(autosave(id, practitioner, opened).param("childWords", "Mine"))
                .andReturn()
                .getResponse();
        assertThat(saved.getStatus()).isEqualTo(204);
        assertThat(saved.getHeader("Haven-Version")).isEqualTo(String.valueOf(opened + 1));
        long auditsBefore = fixtures.audits(child);

        var stale = mvc.perform(autosave(id, colleague, opened).param("childWords", ""))
                .andReturn()
                .getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(childWords(id)).isEqualTo("Mine");
        assertThat(fixtures.audits(child)).isEqualTo(auditsBefore);
    }

    @Test
    void aDraftSaveIsAuditedOnceAndTheFormIsOneRead() throws Exception {
        long id = fixtures.start(mvc, practitioner, child, "cse-levels");
        long before = fixtures.audits(child);
        mvc.perform(
                fixtures.answers(id, practitioner, "save", fixtures.version(id)).param("childWords", "Words"));
        assertThat(fixtures.audits(child) - before).isEqualTo(1);
        fixtures.get(mvc, practitioner, "/screenings/" + id);
        assertThat(fixtures.audits(child) - before).isEqualTo(2);
    }

    @Test
    void aBandRaisedByJudgementCannotBeLoweredWithoutAManager() throws Exception {
        long id = fixtures.start(mvc, practitioner, child, "cse-levels");
        mvc.perform(fixtures.everythingAnswered(
                id, practitioner, fixtures.version(id), "cse-levels", Set.of("home-late"), Set.of(), Set.of()));
        override(id, "HIGH", "Known to be with adults from the car wash");
        Document raised = fixtures.get(mvc, practitioner, "/screenings/" + id + "/result");
        assertThat(raised.select("#band .govuk-tag").text()).isEqualTo("High");

        override(id, "MEDIUM", "On reflection, Medium");
        Document waiting = fixtures.get(mvc, practitioner, "/screenings/" + id + "/result");
        assertThat(waiting.select("#band .govuk-tag").text())
                .as("lowering the band that stands waits for a manager")
                .isEqualTo("High");
        assertThat(waiting.select("#overrides").text()).contains("Awaiting a manager's approval");
        assertThat(jdbc.sql("SELECT status FROM screening_override WHERE screening_id = :id AND band_code = 'MEDIUM'")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("PENDING");

        Document same = fixtures.page(
                mvc,
                practitioner,
                post("/screenings/{id}/override", id)
                        .with(csrf())
                        .param("band", "HIGH")
                        .param("reason", "again"));
        assertThat(same.select(".govuk-error-summary").text())
                .contains("Select a band different from the band that stands, High");
    }

    private void override(long id, String band, String reason) throws Exception {
        mvc.perform(post("/screenings/{id}/override", id)
                .with(user(practitioner))
                .with(csrf())
                .param("band", band)
                .param("reason", reason));
    }

    private MockHttpServletRequestBuilder autosave(long id, UserDetails user, int version) {
        return fixtures.answers(id, user, "save", version).param("autosave", "true");
    }

    private String childWords(long id) {
        return jdbc.sql("SELECT child_words FROM screening WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
