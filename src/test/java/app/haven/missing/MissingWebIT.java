package app.haven.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.haven.cases.CaseFixtures;
import app.haven.identity.TestAccounts;
import java.time.Duration;
import java.time.Instant;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Missing episodes through the pages: the lead hears of a report at once, the return asks the commissioned service's
 * workers and the lead for the interview, the interview (with a disclosure) clears every task and announces the
 * disclosure; bad input is refused with the rule named and nothing saved changes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class MissingWebIT {

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

    @Autowired
    ApplicationEvents events;

    @Test
    void reportReturnAndInterviewRouteAndClearEveryTask() throws Exception {
        TestAccounts.Account social = accounts.create("PRACTITIONER");
        TestAccounts.Account coordinator = accounts.colleague(social, "CSE_COORDINATOR");
        TestAccounts.Account worker = fixtures.commissionedWorker(social);
        TestAccounts.Account otherWorker = fixtures.commissionedWorker(social);
        TestAccounts.Account elsewhere = fixtures.commissionedWorker(accounts.create("PRACTITIONER"));
        long child = cases.child(social, "Ottilie");
        cases.open(coordinator, child, social, "Concerns shared at the group");
        Instant now = Instant.now();

        assertThat(fixtures.report(mvc, coordinator, child, now.minus(Duration.ofHours(5)))
                        .getRedirectedUrl())
                .startsWith("/missing-episodes/");
        long episode = fixtures.latestEpisode(child);
        assertThat(cases.inbox(mvc, social))
                .anyMatch(t -> t.contains("A child on the register has been reported missing"));
        assertThat(chronology(child)).contains("missing.started");

        assertThat(fixtures.recordReturn(mvc, coordinator, episode, now.minus(Duration.ofHours(1)))
                        .getRedirectedUrl())
                .isEqualTo("/missing-episodes/" + episode);
        assertThat(cases.inbox(mvc, social))
                .as("the report alert is done; the lead is asked for the interview")
                .noneMatch(t -> t.contains("reported missing"))
                .anyMatch(t -> t.contains("Return home interview due by"));
        InterviewDeadline deadline = new InterviewDeadline(now.minus(Duration.ofHours(1)), 72);
        assertThat(cases.inbox(mvc, worker))
                .singleElement()
                .asString()
                .contains("Return home interview due by "
                        + MissingDates.format(deadline.dueAt()).substring(0, 10));
        assertThat(cases.inbox(mvc, otherWorker)).hasSize(1);
        assertThat(cases.inbox(mvc, elsewhere))
                .as("a worker in another area is not asked")
                .isEmpty();
        assertThat(page(worker, "/missing-episodes/" + episode).status())
                .as("the asked worker may open the child's record")
                .isEqualTo(200);
        assertThat(jdbc.sql("SELECT due_on FROM inbox_task WHERE source_key = :key")
                        .param("key", MissingTask.interviewKey(episode, worker.id()))
                        .query(java.sql.Date.class)
                        .single()
                        .toLocalDate())
                .isEqualTo(deadline.dueOn());

        MockHttpServletResponse recorded = fixtures.interview(
                mvc, worker, episode, now.minus(Duration.ofMinutes(50)), now.minus(Duration.ofMinutes(20)), true);
        assertThat(recorded.getRedirectedUrl()).isEqualTo("/missing-episodes/" + episode);
        assertThat(cases.inbox(mvc, worker)).isEmpty();
        assertThat(cases.inbox(mvc, otherWorker)).isEmpty();
        assertThat(cases.inbox(mvc, social)).noneMatch(t -> t.contains("Return home interview"));
        assertThat(page(otherWorker, "/missing-episodes/" + episode).status())
                .as("a worker who did not do the interview no longer opens the record")
                .isEqualTo(403);
        Document shown = page(coordinator, "/missing-episodes/" + episode).document();
        assertThat(shown.select("#interview-compliance").text())
                .isEqualTo("Offered within 72 hours; held within 72 hours");
        assertThat(shown.text()).contains("Jay made me have sex with his friend for the taxi money");
        assertThat(events.stream(DisclosureMade.class)).singleElement().satisfies(d -> {
            assertThat(d.childId()).isEqualTo(child);
            assertThat(d.about()).contains("Jay, about 25");
            assertThat(d.passedToPolice()).isTrue();
        });
        assertThat(chronology(child)).contains("missing.started", "missing.returned", "missing.interview");
    }

    @Test
    void aChildWithoutAnOpenCaseAlertsNoLeadAndTheInterviewStillGoesToTheService() throws Exception {
        TestAccounts.Account social = accounts.create("PRACTITIONER");
        TestAccounts.Account worker = fixtures.commissionedWorker(social);
        long child = cases.child(social, "Perpetua");
        Instant now = Instant.now();
        fixtures.report(mvc, social, child, now.minus(Duration.ofHours(3)));
        long episode = fixtures.latestEpisode(child);
        assertThat(cases.inbox(mvc, social)).isEmpty();
        fixtures.recordReturn(mvc, social, episode, now.minus(Duration.ofHours(2)));
        assertThat(cases.inbox(mvc, worker)).hasSize(1);
        assertThat(cases.inbox(mvc, social)).isEmpty();
    }

    @Test
    void aThirdEpisodeInNinetyDaysAsksTheLeadToScreenAgainUntilTheChildIsScreened() throws Exception {
        TestAccounts.Account social = accounts.create("PRACTITIONER");
        TestAccounts.Account coordinator = accounts.colleague(social, "CSE_COORDINATOR");
        long child = cases.child(social, "Wilhelmina");
        cases.open(coordinator, child, social, "Concerns shared at the group");
        Instant now = Instant.now();
        // an old episode is outside the window and does not count
        episode(coordinator, child, now.minus(Duration.ofDays(100)), now.minus(Duration.ofDays(99)));
        episode(coordinator, child, now.minus(Duration.ofDays(60)), now.minus(Duration.ofDays(59)));
        episode(coordinator, child, now.minus(Duration.ofDays(20)), now.minus(Duration.ofDays(19)));
        assertThat(cases.inbox(mvc, social)).noneMatch(t -> t.startsWith("Screen again") || t.contains("Screen again"));
        fixtures.report(mvc, coordinator, child, now.minus(Duration.ofHours(2)));
        assertThat(cases.inbox(mvc, social)).anyMatch(t -> t.contains("Screen again: 3 missing episodes in 90 days"));

        cases.screened(child, social, "HIGH", "High", 3);
        assertThat(cases.inbox(mvc, social)).noneMatch(t -> t.contains("Screen again"));
    }

    @Test
    void badInputIsRefusedWithTheRuleNamedAndNothingSavedChanges() throws Exception {
        TestAccounts.Account social = accounts.create("PRACTITIONER");
        long child = cases.child(social, "Clementine");
        Instant now = Instant.now();
        episode(social, child, now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(8)));
        fixtures.report(mvc, social, child, now.minus(Duration.ofHours(6)));
        long open = fixtures.latestEpisode(child);
        String before = snapshot(child);

        Document overlapping = Jsoup.parse(fixtures.report(mvc, social, child, now.minus(Duration.ofDays(9)))
                .getContentAsString());
        assertThat(errorSummary(overlapping))
                .anyMatch(m -> m.startsWith("This episode overlaps the child's episode from"));
        assertThat(overlapping
                        .select("input[name=riskReason], textarea[name=riskReason]")
                        .text())
                .as("what was typed is kept")
                .contains("Believed to be with an older man");

        Document secondOpen = Jsoup.parse(fixtures.report(mvc, social, child, now.minus(Duration.ofHours(1)))
                .getContentAsString());
        assertThat(errorSummary(secondOpen)).anyMatch(m -> m.startsWith("The child already has an open episode"));

        Document endBeforeStart = Jsoup.parse(fixtures.recordReturn(mvc, social, open, now.minus(Duration.ofHours(7)))
                .getContentAsString());
        assertThat(errorSummary(endBeforeStart)).containsExactly("The return must be after the episode started");

        Document future = Jsoup.parse(fixtures.recordReturn(mvc, social, open, now.plus(Duration.ofHours(2)))
                .getContentAsString());
        assertThat(errorSummary(future)).containsExactly("The return must be now or in the past");

        Document beforeBirth = Jsoup.parse(fixtures.report(mvc, social, child, now.minus(Duration.ofDays(365 * 20)))
                .getContentAsString());
        assertThat(errorSummary(beforeBirth))
                .singleElement()
                .asString()
                .startsWith("The episode cannot start before the child's date of birth");

        Map<String, String> blank = MissingFixtures.reportFields(now);
        blank.put("started.month", "13");
        blank.put("riskGrade", "");
        Document unreal = Jsoup.parse(fixtures.send(mvc, social, "/children/" + child + "/missing-episodes", blank)
                .getContentAsString());
        assertThat(errorSummary(unreal))
                .containsExactly(
                        "The date of the start of the episode must be a real date", "Select the police risk grading");

        TestAccounts.Account stranger = accounts.create("PRACTITIONER");
        long theirs = cases.child(stranger, "Hortensia");
        assertThat(fixtures.report(mvc, social, theirs, now.minus(Duration.ofHours(1)))
                        .getStatus())
                .as("a tampered child id outside the user's scope is refused")
                .isEqualTo(403);
        assertThat(fixtures.recordReturn(mvc, stranger, open, now.minus(Duration.ofMinutes(5)))
                        .getStatus())
                .isEqualTo(403);
        assertThat(count("SELECT count(*) FROM missing_episode WHERE child_id = " + theirs))
                .isZero();
        assertThat(snapshot(child)).as("nothing already saved changed").isEqualTo(before);
    }

    @Test
    void anEpisodeReportedAfterTheChildIsBackIsSavedClosedAndTheInterviewIsDueAtOnce() throws Exception {
        TestAccounts.Account social = accounts.create("PRACTITIONER");
        TestAccounts.Account worker = fixtures.commissionedWorker(social);
        long child = cases.child(social, "Rhiannon");
        Instant t = Instant.now();
        fixtures.report(mvc, social, child, t.minus(Duration.ofHours(5)));
        fixtures.recordReturn(mvc, social, fixtures.latestEpisode(child), t.minus(Duration.ofHours(4)));
        long later = fixtures.latestEpisode(child);
        // Told afterwards of an earlier episode, already over: recorded out of order, with its return.
        Map<String, String> earlier = MissingFixtures.reportFields(t.minus(Duration.ofDays(3)));
        MissingFixtures.moment(earlier, "ended", t.minus(Duration.ofDays(2)));
        assertThat(fixtures.send(mvc, social, "/children/" + child + "/missing-episodes", earlier)
                        .getRedirectedUrl())
                .startsWith("/missing-episodes/");
        long episode = fixtures.latestEpisode(child);
        assertThat(episode).isNotEqualTo(later);
        assertThat(cases.inbox(mvc, worker)).hasSize(2);
        assertThat(chronology(child)).containsSubsequence("missing.started", "missing.returned");

        Map<String, String> overlapping = MissingFixtures.reportFields(t.minus(Duration.ofHours(6)));
        MissingFixtures.moment(overlapping, "ended", t.minus(Duration.ofHours(3)));
        assertThat(errorSummary(
                        Jsoup.parse(fixtures.send(mvc, social, "/children/" + child + "/missing-episodes", overlapping)
                                .getContentAsString())))
                .singleElement()
                .asString()
                .startsWith("This episode overlaps the child's episode from");
    }

    @Test
    void aStaleReturnChangesNothingAndSaysSomeoneElseRecordedIt() throws Exception {
        TestAccounts.Account social = accounts.create("PRACTITIONER");
        long child = cases.child(social, "Araminta");
        Instant now = Instant.now();
        fixtures.report(mvc, social, child, now.minus(Duration.ofHours(6)));
        long episode = fixtures.latestEpisode(child);
        Map<String, String> stale = new java.util.HashMap<>(Map.of("version", "99"));
        MissingFixtures.moment(stale, "ended", now.minus(Duration.ofHours(1)));
        Document refused = Jsoup.parse(fixtures.send(mvc, social, "/missing-episodes/" + episode + "/return", stale)
                .getContentAsString());
        assertThat(errorSummary(refused)).singleElement().asString().startsWith("Someone else has just recorded");
        assertThat(fixtures.version(episode)).isZero();
    }

    @Test
    void eachPageThatShowsTheChildAuditsOnceAndOutsidersAreRefused() throws Exception {
        TestAccounts.Account social = accounts.create("PRACTITIONER");
        long child = cases.child(social, "Eglantine");
        fixtures.report(mvc, social, child, Instant.now().minus(Duration.ofHours(6)));
        long episode = fixtures.latestEpisode(child);
        for (String path : List.of(
                "/children/" + child + "/missing",
                "/children/" + child + "/missing-episodes/new",
                "/missing-episodes/" + episode)) {
            long before = count("SELECT count(*) FROM audit_event WHERE child_id = " + child + " AND action = 'view'");
            assertThat(page(social, path).status()).as(path).isEqualTo(200);
            assertThat(count("SELECT count(*) FROM audit_event WHERE child_id = " + child + " AND action = 'view'"))
                    .as(path)
                    .isEqualTo(before + 1);
        }
        long beforeReturn = count("SELECT count(*) FROM audit_event WHERE child_id = " + child);
        fixtures.recordReturn(mvc, social, episode, Instant.now().minus(Duration.ofHours(1)));
        assertThat(count("SELECT count(*) FROM audit_event WHERE child_id = " + child))
                .as("recording the return is one audit row, not a view and a change")
                .isEqualTo(beforeReturn + 1);
        TestAccounts.Account outsider = accounts.create("CSE_COORDINATOR");
        assertThat(page(outsider, "/missing-episodes/" + episode).status()).isEqualTo(403);
        assertThat(page(outsider, "/children/" + child + "/missing").status()).isEqualTo(403);
        assertThat(page(social, "/missing-episodes/999999999").status()).isEqualTo(404);
    }

    private void episode(TestAccounts.Account by, long child, Instant start, Instant end) throws Exception {
        fixtures.report(mvc, by, child, start);
        fixtures.recordReturn(mvc, by, fixtures.latestEpisode(child), end);
    }

    private record Page(int status, Document document) {}

    private Page page(TestAccounts.Account as, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(accounts.principal(as))))
                .andReturn()
                .getResponse();
        return new Page(response.getStatus(), Jsoup.parse(response.getContentAsString()));
    }

    private static List<String> errorSummary(Document page) {
        return page.select(".govuk-error-summary__list li").eachText();
    }

    private List<String> chronology(long child) {
        return jdbc.sql("SELECT event_type FROM chronology_entry WHERE child_id = :child ORDER BY id")
                .param("child", child)
                .query(String.class)
                .list();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private String snapshot(long child) {
        return jdbc.sql("SELECT string_agg(e::text, '|' ORDER BY id) FROM missing_episode e WHERE child_id = :child")
                .param("child", child)
                .query(String.class)
                .single();
    }
}
