package app.haven.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.haven.identity.TestAccounts;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Two people editing one plan: the second save never overwrites the first; it shows both versions and keeps its text. */
@SpringBootTest
@AutoConfigureMockMvc
class PlanConflictIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CaseFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSecondOfTwoConcurrentSavesSeesBothVersionsAndOverwritesNothing() throws Exception {
        TestAccounts.Account lead = accounts.create("PRACTITIONER");
        TestAccounts.Account coordinator = accounts.colleague(lead, "CSE_COORDINATOR");
        long child = fixtures.child(lead, "Primrose");
        fixtures.screened(child, lead, "HIGH", "High", 3);
        long caseId = fixtures.open(coordinator, child, lead, "");
        String versionBoth = version(plan(lead, caseId));
        assertThat(version(plan(coordinator, caseId))).isEqualTo(versionBoth);

        assertThat(saveViews(lead, caseId, versionBoth, "I want to go back to school", "Miss Teal at school")
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        var second = saveViews(coordinator, caseId, versionBoth, "Stay with my nan at weekends", "My youth worker");
        assertThat(second.getResponse().getStatus()).isEqualTo(200);
        Document conflict = Jsoup.parse(second.getResponse().getContentAsString());
        assertThat(conflict.select(".govuk-error-summary").text())
                .contains("saved this plan")
                .contains("while you were editing");
        assertThat(conflict.select("#their-version").text()).contains("I want to go back to school");
        assertThat(conflict.select("textarea#childView").text()).isEqualTo("Stay with my nan at weekends");
        assertThat(childView(caseId)).isEqualTo("I want to go back to school");

        assertThat(saveViews(coordinator, caseId, version(conflict), "Stay with my nan at weekends", "My youth worker")
                        .getResponse()
                        .getStatus())
                .as("saving again from the version now shown is a deliberate choice")
                .isEqualTo(302);
        assertThat(childView(caseId)).isEqualTo("Stay with my nan at weekends");
    }

    @Test
    void aStaleChangeToAnActionIsRefusedWithBothVersions() throws Exception {
        TestAccounts.Account lead = accounts.create("PRACTITIONER");
        long child = fixtures.child(lead, "Rosabel");
        fixtures.screened(child, lead, "HIGH", "High", 3);
        long caseId = fixtures.open(lead, child, lead, "");
        LocalDate due = LocalDate.now().plusDays(14);
        mvc.perform(post("/cases/" + caseId + "/plan/actions")
                .param("type", "DIRECT_WORK")
                .param("description", "Weekly sessions on healthy relationships")
                .param("owner", "user:" + lead.id())
                .param("dueOn.day", String.valueOf(due.getDayOfMonth()))
                .param("dueOn.month", String.valueOf(due.getMonthValue()))
                .param("dueOn.year", String.valueOf(due.getYear()))
                .param("status", "PLANNED")
                .with(user(accounts.principal(lead)))
                .with(csrf()));
        long action = jdbc.sql("SELECT id FROM plan_intervention WHERE case_id = :case")
                .param("case", caseId)
                .query(Long.class)
                .single();
        assertThat(fixtures.inbox(mvc, lead))
                .anyMatch(t -> t.contains("Plan action due for") && t.contains(": Weekly sessions"));

        var first = changeAction(lead, caseId, action, "0", "IN_PROGRESS", "Weekly sessions, started");
        assertThat(first.getResponse().getStatus()).isEqualTo(302);
        var stale = changeAction(lead, caseId, action, "0", "DONE", "Weekly sessions, finished");
        assertThat(stale.getResponse().getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(stale.getResponse().getContentAsString());
        assertThat(page.select("#their-version").text())
                .contains("Weekly sessions, started")
                .contains("In progress");
        assertThat(page.select("textarea#description").text()).isEqualTo("Weekly sessions, finished");
        assertThat(jdbc.sql("SELECT status FROM plan_intervention WHERE id = :id")
                        .param("id", action)
                        .query(String.class)
                        .single())
                .isEqualTo("IN_PROGRESS");

        changeAction(lead, caseId, action, "1", "DONE", "Weekly sessions, finished");
        assertThat(fixtures.inbox(mvc, lead))
                .as("a finished action's reminder is done")
                .noneMatch(t -> t.contains("Plan action due"));
    }

    @Test
    void aGoalIsMarkedAchievedAndTheChangeIsAVersionOfThePlan() throws Exception {
        TestAccounts.Account lead = accounts.create("PRACTITIONER");
        long child = fixtures.child(lead, "Tansy");
        fixtures.screened(child, lead, "HIGH", "High", 3);
        long caseId = fixtures.open(lead, child, lead, "");
        mvc.perform(post("/cases/" + caseId + "/plan/goals")
                .param("goal", "Back in school every day")
                .with(user(accounts.principal(lead)))
                .with(csrf()));
        String before = version(plan(lead, caseId));
        long goal = jdbc.sql("SELECT id FROM plan_goal WHERE case_id = :case")
                .param("case", caseId)
                .query(Long.class)
                .single();
        mvc.perform(post("/cases/" + caseId + "/plan/goals/" + goal)
                .param("status", "ACHIEVED")
                .with(user(accounts.principal(lead)))
                .with(csrf()));
        Document page = plan(lead, caseId);
        assertThat(page.select("#goal-" + goal).text()).contains("Achieved");
        assertThat(version(page)).isNotEqualTo(before);
        assertThat(saveViews(lead, caseId, before, "Late view", "")
                        .getResponse()
                        .getStatus())
                .as("a views form opened before the goal changed is stale")
                .isEqualTo(200);
    }

    @Test
    void badInputKeepsWhatWasTypedAndSavesNothing() throws Exception {
        TestAccounts.Account lead = accounts.create("PRACTITIONER");
        long child = fixtures.child(lead, "Saffie");
        fixtures.screened(child, lead, "HIGH", "High", 3);
        long caseId = fixtures.open(lead, child, lead, "");
        var result = mvc.perform(post("/cases/" + caseId + "/plan/actions")
                        .param("type", "DIRECT_WORK")
                        .param("description", "Sessions at the youth centre")
                        .param("dueOn.day", "31")
                        .param("dueOn.month", "2")
                        .param("dueOn.year", "2027")
                        .with(user(accounts.principal(lead)))
                        .with(csrf()))
                .andReturn();
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select(".govuk-error-summary").text())
                .contains("Select who owns the action")
                .contains("Due date must be a real date");
        assertThat(page.select("textarea#description").text()).isEqualTo("Sessions at the youth centre");
        assertThat(jdbc.sql("SELECT count(*) FROM plan_intervention WHERE case_id = :case")
                        .param("case", caseId)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private Document plan(TestAccounts.Account account, long caseId) throws Exception {
        return Jsoup.parse(mvc.perform(get("/cases/" + caseId + "/plan").with(user(accounts.principal(account))))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static String version(Document page) {
        return page.select("#plan-views input[name=version]").val();
    }

    private org.springframework.test.web.servlet.MvcResult saveViews(
            TestAccounts.Account account, long caseId, String version, String view, String with) throws Exception {
        return mvc.perform(post("/cases/" + caseId + "/plan")
                        .param("version", version)
                        .param("childView", view)
                        .param("childWantsToWorkWith", with)
                        .param("carerView", "")
                        .with(user(accounts.principal(account)))
                        .with(csrf()))
                .andReturn();
    }

    private org.springframework.test.web.servlet.MvcResult changeAction(
            TestAccounts.Account account, long caseId, long action, String version, String status, String what)
            throws Exception {
        LocalDate due = LocalDate.now().plusDays(14);
        return mvc.perform(post("/cases/" + caseId + "/plan/actions/" + action)
                        .param("type", "DIRECT_WORK")
                        .param("description", what)
                        .param("owner", "user:" + account.id())
                        .param("dueOn.day", String.valueOf(due.getDayOfMonth()))
                        .param("dueOn.month", String.valueOf(due.getMonthValue()))
                        .param("dueOn.year", String.valueOf(due.getYear()))
                        .param("status", status)
                        .param("version", version)
                        .with(user(accounts.principal(account)))
                        .with(csrf()))
                .andReturn();
    }

    private String childView(long caseId) {
        return jdbc.sql("SELECT child_view FROM case_plan WHERE case_id = :case")
                .param("case", caseId)
                .query(String.class)
                .single();
    }
}
