package app.haven.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.haven.identity.TestAccounts;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** What practitioners found when screening as they work: the answers Haven gives and what the pages show. */
@SpringBootTest
@AutoConfigureMockMvc
class ScreeningPracticeIT {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

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
    private long child;

    @BeforeEach
    void aFifteenYearOld() {
        account = accounts.create("PRACTITIONER");
        practitioner = accounts.principal(account);
        child = fixtures.child(account, "Nydia", "Sorrelton", LocalDate.now().minusYears(15), false);
    }

    @Test
    void theToolsOwnLearningDisabilityAnswerAppliesTheNeverLowRuleAndSaysSo() throws Exception {
        long id = submit(Set.of("home-late", "learning-disability"), Set.of(), Set.of());
        Document result = fixtures.get(mvc, practitioner, "/screenings/" + id + "/result");
        assertThat(result.select("#band .govuk-tag").text()).isEqualTo("Medium");
        assertThat(result.select("#reasons li").first().text())
                .startsWith("Medium, not low: a child with a learning disability is never banded low")
                .contains("‘Learning disability or special educational needs’ answered present in this screening");
    }

    @Test
    void aScreeningDatedBeforeBirthOrOverAYearAgoIsRefusedAndNothingSaved() throws Exception {
        long young =
                fixtures.child(account, "Ottilie", "Brasenose", LocalDate.now().minusYears(2), false);
        long id = fixtures.start(mvc, practitioner, young, "cse-levels");
        LocalDate beforeBirth = LocalDate.now().minusYears(3);
        Document refused = fixtures.page(
                mvc,
                practitioner,
                fixtures.answers(id, practitioner, "save", fixtures.version(id))
                        .param("screeningDate.day", String.valueOf(beforeBirth.getDayOfMonth()))
                        .param("screeningDate.month", String.valueOf(beforeBirth.getMonthValue()))
                        .param("screeningDate.year", String.valueOf(beforeBirth.getYear()))
                        .param("childWords", "kept?"));
        assertThat(refused.select(".govuk-error-summary").text())
                .contains("Date of the screening must be on or after the child's date of birth");
        assertThat(refused.select("textarea#childWords").text()).isEqualTo("kept?");
        assertThat(refused.select("#screeningDate-year").val()).isEqualTo(String.valueOf(beforeBirth.getYear()));
        assertThat(jdbc.sql("SELECT child_words FROM screening WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .optional())
                .isEmpty();

        long older = fixtures.start(mvc, practitioner, child, "cse-levels");
        LocalDate longAgo = LocalDate.now().minusMonths(13);
        Document stale = fixtures.page(
                mvc,
                practitioner,
                fixtures.answers(older, practitioner, "save", fixtures.version(older))
                        .param("screeningDate.day", String.valueOf(longAgo.getDayOfMonth()))
                        .param("screeningDate.month", String.valueOf(longAgo.getMonthValue()))
                        .param("screeningDate.year", String.valueOf(longAgo.getYear())));
        assertThat(stale.select(".govuk-error-summary").text()).contains("must be within the last 12 months");
    }

    @Test
    void aChildProtectionTriggerRaisesAStrategyDiscussionAndTheRegisterPromptAndOutranksTheBand() throws Exception {
        UserDetails coordinator = accounts.principal(accounts.colleague(account, "CSE_COORDINATOR"));
        long id = submit(Set.of(), Set.of(), Set.of(ChildProtectionTrigger.FACILITATED_BY_CARER));

        Document result = fixtures.get(mvc, practitioner, "/screenings/" + id + "/result");
        assertThat(result.select("#band .govuk-tag").text()).isEqualTo("No apparent risk");
        assertThat(result.select("#strategy-discussion").text())
                .contains("Strategy discussion required")
                .contains("facilitated by a parent or carer");
        assertThat(result.select("#strategy-discussion, #band").first().id())
                .as("the trigger comes before the band")
                .isEqualTo("strategy-discussion");
        assertThat(result.select("#next-due").text())
                .as("no interval for the band, but a trigger sets one")
                .contains(DATE.format(LocalDate.now().plusWeeks(4)));

        List<String> tasks =
                fixtures.get(mvc, coordinator, "/").select("#tasks").eachText();
        assertThat(String.join(" ", tasks))
                .contains("Hold a strategy discussion for Nydia Sorrelton")
                .contains("Consider putting Nydia Sorrelton on the register");
        LocalDate due = jdbc.sql("SELECT due_on FROM inbox_task WHERE source_key = :key")
                .param("key", "screening-strategy:" + id)
                .query(Date.class)
                .single()
                .toLocalDate();
        assertThat(due).isEqualTo(nextWorkingDay(LocalDate.now()));
        assertThat(String.join(
                        " ",
                        fixtures.get(mvc, practitioner, "/").select("#tasks").eachText()))
                .as("a practitioner without APPROVE does not hold it")
                .doesNotContain("Hold a strategy discussion");
    }

    @Test
    void notKnownAnswersAreNamedAndBringARescreenDate() throws Exception {
        long id = submit(Set.of(), Set.of("home-late", "secretive-phone"), Set.of());
        Document result = fixtures.get(mvc, practitioner, "/screenings/" + id + "/result");
        assertThat(result.select("#not-known").text())
                .contains("Regularly home late or staying out")
                .contains("Secretive about phone or internet use");
        assertThat(result.select("#next-due").text())
                .contains(DATE.format(LocalDate.now().plusWeeks(4)));
        assertThat(String.join(
                        " ",
                        fixtures.get(mvc, practitioner, "/").select("#tasks").eachText()))
                .contains("Screen Nydia Sorrelton again");
    }

    @Test
    void thePointsToolSaysOnePointNotOnePoints() throws Exception {
        long id = fixtures.start(mvc, practitioner, child, "cse-points");
        mvc.perform(fixtures.everythingAnswered(
                id, practitioner, fixtures.version(id), "cse-points", Set.of("looked-after"), Set.of(), Set.of()));
        Document result = fixtures.get(mvc, practitioner, "/screenings/" + id + "/result");
        assertThat(result.select("#band").text()).contains("(1 point)").doesNotContain("points");
        assertThat(result.select("#reasons").text()).contains("1 point from Looked-after child (1 point)");
    }

    @Test
    void aDraftShowsWhoStartedItAndCanBeDiscardedWithConfirmation() throws Exception {
        long id = fixtures.start(mvc, practitioner, child, "cse-levels");
        Document trajectory = fixtures.get(mvc, practitioner, "/children/" + child + "/screenings");
        String today = DATE.format(LocalDate.now());
        assertThat(trajectory.select("#draft-" + id).text())
                .contains("Started by " + account.displayName() + " on " + today);

        long before = fixtures.audits(child);
        Document confirm = fixtures.get(mvc, practitioner, "/screenings/" + id + "/discard");
        assertThat(confirm.select("h1").text()).contains("Are you sure you want to discard this draft screening?");
        assertThat(fixtures.audits(child) - before)
                .as("the confirmation is one read")
                .isEqualTo(1);
        mvc.perform(
                post("/screenings/{id}/discard", id).with(user(practitioner)).with(csrf()));
        assertThat(fixtures.audits(child) - before)
                .as("the discard is one change")
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE subject_type = 'screening' AND subject_id = :id"
                                + " ORDER BY id DESC LIMIT 1")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("delete");
        assertThat(fixtures.get(mvc, practitioner, "/children/" + child + "/screenings")
                        .select("#drafts"))
                .isEmpty();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/screenings/{id}", id)
                        .with(user(practitioner)))
                .andExpect(status().isNotFound());
    }

    @Test
    void withoutJavaScriptEveryFollowUpQuestionIsInThePage() throws Exception {
        long id = fixtures.start(mvc, practitioner, child, "cse-levels");
        Document form = fixtures.get(mvc, practitioner, "/screenings/" + id);
        assertThat(form.select("body").hasClass("govuk-frontend-supported"))
                .as("GOV.UK's CSS hides the follow-ups only once JavaScript has marked the page")
                .isFalse();
        assertThat(form.select("#conditional-answer-cars-unknown-adults input[name=basis.cars-unknown-adults]"))
                .hasSize(2);
        assertThat(form.select("#conditional-answer-cars-unknown-adults input[name=note.cars-unknown-adults]"))
                .hasSize(1);
        assertThat(form.select("#conditional-triggersApply input[type=checkbox]"))
                .hasSize(4);
        assertThat(form.select("[aria-expanded]")).as("not allowed on radios").isEmpty();
    }

    private long submit(Set<String> present, Set<String> notKnown, Set<ChildProtectionTrigger> triggers)
            throws Exception {
        long id = fixtures.start(mvc, practitioner, child, "cse-levels");
        mvc.perform(fixtures.everythingAnswered(
                        id, practitioner, fixtures.version(id), "cse-levels", present, notKnown, triggers))
                .andExpect(status().is3xxRedirection());
        return id;
    }

    private static LocalDate nextWorkingDay(LocalDate from) {
        LocalDate day = from.plusDays(1);
        while (day.getDayOfWeek().getValue() >= 6) {
            day = day.plusDays(1);
        }
        return day;
    }
}
