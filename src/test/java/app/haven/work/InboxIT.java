package app.haven.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.haven.identity.ChildInvolvements;
import app.haven.identity.TestAccounts;
import app.haven.platform.InboxTaskDone;
import app.haven.platform.InboxTaskRaised;
import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
class InboxIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ChildInvolvements involvements;

    @Autowired
    JdbcClient jdbc;

    record Task(
            String sourceKey,
            String title,
            Optional<Long> childId,
            Optional<Long> forUser,
            Optional<String> forPermission,
            LocalDate dueOn,
            String link)
            implements InboxTaskRaised {}

    record Done(String sourceKey) implements InboxTaskDone {}

    @Test
    void tasksShowDueOrOverdueByTheDayTheyAreReadEvenIfRaisedLongBefore() throws Exception {
        TestAccounts.Account account = accounts.create("PRACTITIONER");
        raise(new Task(
                "test:overdue:" + account.id(),
                "Call the school back",
                Optional.empty(),
                Optional.of(account.id()),
                Optional.empty(),
                LocalDate.now().minusDays(3),
                "/"));
        raise(new Task(
                "test:today:" + account.id(),
                "Visit today",
                Optional.empty(),
                Optional.of(account.id()),
                Optional.empty(),
                LocalDate.now(),
                "/"));
        Document home = home(accounts.principal(account));
        assertThat(home.select("#tasks li").eachText())
                .containsExactly(
                        home.select("#tasks li").get(0).text(),
                        home.select("#tasks li").get(1).text());
        assertThat(home.select("#tasks li").get(0).text()).contains("Overdue").contains("Call the school back");
        assertThat(home.select("#tasks li").get(1).text()).contains("Due today").contains("Visit today");
    }

    @Test
    void aPermissionTaskReachesOnlyHoldersWhoMayOpenTheChild() throws Exception {
        TestAccounts.Account practitioner = accounts.create("PRACTITIONER");
        TestAccounts.Account coordinator = accounts.colleague(practitioner, "CSE_COORDINATOR");
        TestAccounts.Account elsewhere = accounts.create("CSE_COORDINATOR");
        long child = 8_000_000 + practitioner.id();
        long area = jdbc.sql("SELECT area_id FROM user_area WHERE user_id = :id")
                .param("id", practitioner.id())
                .query(Long.class)
                .single();
        long agency = jdbc.sql("SELECT agency_id FROM user_account WHERE id = :id")
                .param("id", practitioner.id())
                .query(Long.class)
                .single();
        involvements.start(child, area, agency, Optional.empty(), Optional.of(practitioner.id()));
        String key = "test:approve:" + child;
        raise(new Task(
                key,
                "Approve something",
                Optional.of(child),
                Optional.empty(),
                Optional.of("APPROVE"),
                LocalDate.now().plusDays(2),
                "/screening-approvals"));
        assertThat(home(accounts.principal(coordinator)).select("#tasks").text())
                .contains("Approve something");
        assertThat(home(accounts.principal(practitioner)).select("#tasks")).isEmpty();
        assertThat(home(accounts.principal(elsewhere)).select("#tasks")).isEmpty();
        transactions.executeWithoutResult(s -> events.publishEvent(new Done(key)));
        assertThat(home(accounts.principal(coordinator)).select("#tasks")).isEmpty();
    }

    @Test
    void onlyTheInboxOwnerCanMarkATaskDone() throws Exception {
        TestAccounts.Account owner = accounts.create("PRACTITIONER");
        TestAccounts.Account other = accounts.create("PRACTITIONER");
        raise(new Task(
                "test:mine:" + owner.id(),
                "Write the plan",
                Optional.empty(),
                Optional.of(owner.id()),
                Optional.empty(),
                LocalDate.now().plusDays(10),
                "/"));
        long id = jdbc.sql("SELECT id FROM inbox_task WHERE source_key = :k")
                .param("k", "test:mine:" + owner.id())
                .query(Long.class)
                .single();
        mvc.perform(post("/tasks/{id}/done", id)
                .with(user(accounts.principal(other)))
                .with(csrf()));
        assertThat(home(accounts.principal(owner)).select("#tasks").text()).contains("Write the plan");
        mvc.perform(post("/tasks/{id}/done", id)
                .with(user(accounts.principal(owner)))
                .with(csrf()));
        assertThat(home(accounts.principal(owner)).select("#tasks")).isEmpty();
    }

    @Test
    void aTaskCanBeHandedToATeammateAndManagersSeeTheirTeamsOverdueWork() throws Exception {
        TestAccounts.Account owner = accounts.create("PRACTITIONER");
        TestAccounts.Account mate = accounts.colleague(owner, "PRACTITIONER");
        TestAccounts.Account manager = accounts.colleague(owner, "TEAM_MANAGER");
        TestAccounts.Account stranger = accounts.create("PRACTITIONER");
        long team = jdbc.sql("INSERT INTO team (agency_id, name) SELECT agency_id, 'Team ' || id FROM user_account"
                        + " WHERE id = :id RETURNING id")
                .param("id", owner.id())
                .query(Long.class)
                .single();
        jdbc.sql("UPDATE user_account SET team_id = :team WHERE id IN (:ids)")
                .param("team", team)
                .param("ids", java.util.List.of(owner.id(), mate.id(), manager.id()))
                .update();
        raise(new Task(
                "test:handover:" + owner.id(),
                "Ring the foster carer",
                Optional.empty(),
                Optional.of(owner.id()),
                Optional.empty(),
                LocalDate.now().minusDays(1),
                "/"));
        long id = jdbc.sql("SELECT id FROM inbox_task WHERE source_key = :k")
                .param("k", "test:handover:" + owner.id())
                .query(Long.class)
                .single();
        Document overdue = Jsoup.parse(mvc.perform(get("/team-work").with(user(accounts.principal(manager))))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(overdue.select("#overdue").text())
                .contains("Ring the foster carer")
                .contains(owner.displayName());
        mvc.perform(post("/tasks/{id}/reassign", id)
                .with(user(accounts.principal(owner)))
                .with(csrf())
                .param("to", String.valueOf(stranger.id())));
        assertThat(home(accounts.principal(owner)).select("#tasks").text()).contains("Ring the foster carer");
        mvc.perform(post("/tasks/{id}/reassign", id)
                .with(user(accounts.principal(owner)))
                .with(csrf())
                .param("to", String.valueOf(mate.id())));
        assertThat(home(accounts.principal(owner)).select("#tasks")).isEmpty();
        assertThat(home(accounts.principal(mate)).select("#tasks").text()).contains("Ring the foster carer");
    }

    private void raise(InboxTaskRaised task) {
        transactions.executeWithoutResult(s -> events.publishEvent(task));
    }

    private Document home(UserDetails as) throws Exception {
        return Jsoup.parse(
                mvc.perform(get("/").with(user(as))).andReturn().getResponse().getContentAsString());
    }
}
