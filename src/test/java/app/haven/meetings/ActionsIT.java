package app.haven.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.cases.CaseFixtures;
import app.haven.identity.MutableClock;
import app.haven.identity.TestAccounts;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Actions other agencies are held to: they reach their owners' inboxes, escalate by the clock to the owner's manager and
 * then the chair (once each, however often the check runs), and clear when done; bad input and a second writer's stale
 * notes are refused or shown as a conflict, and nothing already saved changes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({MutableClock.Config.class, MeetingsTestConfig.class})
class ActionsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CaseFixtures cases;

    @Autowired
    MeetingFixtures meetings;

    @Autowired
    ActionEscalation escalation;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void theTrackerShowsFiftyActionsAPageWithPreviousAndNextAndEveryActionOnSomePage() throws Exception {
        TestAccounts.Account chair = accounts.create("CSE_COORDINATOR");
        long group = meetings.group(mvc, chair, List.of(chair));
        long meeting = meetings.arranged(
                mvc, chair, group, "CSE_GROUP", "", clock.instant().plus(Duration.ofDays(3)));
        jdbc.sql("""
                        INSERT INTO meeting_action (meeting_id, description, owner_user_id, owner_agency_id, due_on,
                               status, created_by, created_at)
                        SELECT :meeting, 'Paged action ' || g, :owner, u.agency_id, current_date + 400 + g, 'OPEN',
                               :owner, now()
                          FROM generate_series(1, 60) g, user_account u WHERE u.id = :owner
                        """).param("meeting", meeting).param("owner", chair.id()).update();

        Document first = Jsoup.parse(meetings.page(mvc, chair, "/meeting-actions?view=mine"));
        assertThat(first.select("#tracker tbody tr")).hasSize(50);
        assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("/meeting-actions?view=mine&page=2");
        assertThat(first.select("a[rel=prev]")).isEmpty();
        Document second = Jsoup.parse(meetings.page(mvc, chair, "/meeting-actions?view=mine&page=2"));
        assertThat(second.select("#tracker tbody tr")).hasSize(10);
        assertThat(second.select("a[rel=next]")).isEmpty();
        assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("/meeting-actions?view=mine&page=1");
        assertThat(first.select("#tracker").text() + second.select("#tracker").text())
                .contains("Paged action 1 ", "Paged action 50", "Paged action 51", "Paged action 60");
    }

    @Test
    void theOpenAndOverdueViewsListTheReadersAreasAndPanPartnershipActionsInDueOrderAndNoOtherArea() throws Exception {
        TestAccounts.Account chair = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account elsewhere = accounts.create("CSE_COORDINATOR");
        long group = meetings.group(mvc, chair, List.of(chair));
        long meeting = meetings.arranged(
                mvc, chair, group, "CSE_GROUP", "", clock.instant().plus(Duration.ofDays(3)));
        long pan = copyOf(meeting, null);
        long other = copyOf(meeting, meetings.areaOf(elsewhere));
        seed(meeting, chair, "Area action ", "current_date - 9000 + 2 * g", "'OPEN'", 60);
        seed(meeting, chair, "Done action ", "current_date - 9000 + g", "'DONE'", 3);
        seed(pan, chair, "Pan action ", "current_date - 9000 + 3", "'IN_PROGRESS'", 1);
        seed(other, chair, "Elsewhere action ", "current_date - 9000 + g", "'OPEN'", 5);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM meeting_action a JOIN meeting m ON m.id = a.meeting_id
                         WHERE a.meeting_id IN (:ids) AND a.area_id IS DISTINCT FROM m.area_id
                        """)
                        .param("ids", List.of(meeting, pan, other))
                        .query(Integer.class)
                        .single())
                .as("each action carries its meeting's area")
                .isZero();

        for (String view : List.of("open", "overdue")) {
            Document first = Jsoup.parse(meetings.page(mvc, chair, "/meeting-actions?view=" + view));
            List<String> rows = first.select("#tracker tbody tr").eachText();
            assertThat(rows).hasSize(50);
            assertThat(rows.get(0)).contains("Area action 1 ");
            assertThat(rows.get(1)).contains("Pan action 1 ");
            assertThat(rows.get(2)).contains("Area action 2 ");
            assertThat(rows.get(49)).contains("Area action 49 ");
            Document second = Jsoup.parse(meetings.page(mvc, chair, "/meeting-actions?view=" + view + "&page=2"));
            List<String> more = second.select("#tracker tbody tr").eachText();
            assertThat(more.get(0)).contains("Area action 50 ");
            assertThat(more.get(10)).contains("Area action 60 ");
            assertThat(first.text() + second.text()).doesNotContain("Elsewhere action", "Done action");
        }

        long area = meetings.areaOf(elsewhere);
        jdbc.sql("UPDATE meeting SET area_id = :area WHERE id = :id")
                .param("area", area)
                .param("id", pan)
                .update();
        assertThat(jdbc.sql("SELECT area_id FROM meeting_action WHERE meeting_id = :id")
                        .param("id", pan)
                        .query(Long.class)
                        .list())
                .as("a change of the meeting's area follows to its actions")
                .containsExactly(area);
    }

    /** A copy of the meeting in another area (or pan-partnership, with none). */
    private long copyOf(long meeting, Long area) {
        return jdbc.sql("""
                        INSERT INTO meeting (group_id, type_code, area_id, starts_at, place, online, chair_user_id,
                               period_from, created_by, created_at)
                        SELECT group_id, type_code, :area, starts_at, place, online, chair_user_id, period_from,
                               created_by, created_at FROM meeting WHERE id = :id RETURNING id
                        """)
                .param("area", area)
                .param("id", meeting)
                .query(Long.class)
                .single();
    }

    private void seed(long meeting, TestAccounts.Account owner, String label, String due, String status, int count) {
        jdbc.sql("""
                        INSERT INTO meeting_action (meeting_id, description, owner_user_id, owner_agency_id, due_on,
                               status, created_by, created_at, closed_at)
                        SELECT :meeting, '%s' || g, :owner, u.agency_id, %s, %s, :owner, now(),
                               CASE WHEN %s = 'DONE' THEN now() END
                          FROM generate_series(1, :count) g, user_account u WHERE u.id = :owner
                        """.formatted(label, due, status, status))
                .param("meeting", meeting)
                .param("owner", owner.id())
                .param("count", count)
                .update();
    }

    @Test
    void overdueActionsEscalateToTheOwnersManagerThenTheChairOnceEachAndClearWhenDone() throws Exception {
        TestAccounts.Account chair = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account police = accounts.partner(chair, "POLICE_INVESTIGATOR");
        TestAccounts.Account sergeant = accounts.colleague(police, "TEAM_MANAGER");
        jdbc.sql("UPDATE user_account SET manager_id = :m WHERE id = :id")
                .param("m", sergeant.id())
                .param("id", police.id())
                .update();
        TestAccounts.Account nurse = accounts.partner(chair, "PRACTITIONER");
        long group = meetings.group(mvc, chair, List.of(chair, police, nurse));
        long child = cases.child(chair, "Ermintrude");
        cases.open(chair, child, chair, "Concerns shared at the group");
        long meeting = meetings.arranged(
                mvc, chair, group, "CSE_GROUP", "", clock.instant().plusSeconds(60));
        long item = meetings.item(meeting, child);
        LocalDate today = LocalDate.now(clock);
        meetings.action(
                mvc, chair, item, "Visit the flat above the takeaway", String.valueOf(police.id()), today.plusDays(2));
        meetings.action(
                mvc, chair, item, "Offer a sexual health appointment", String.valueOf(nurse.id()), today.plusDays(30));
        long policeAction = actionOwnedBy(police);

        assertThat(cases.inbox(mvc, police)).anyMatch(t -> t.contains("Meeting action: Visit the flat"));
        assertThat(cases.inbox(mvc, nurse)).anyMatch(t -> t.contains("Meeting action: Offer a sexual health"));
        assertThat(meetings.page(mvc, nurse, "/meeting-actions/" + actionOwnedBy(nurse)))
                .as("the owner may open the child while the action is open")
                .contains("Ermintrude Quillfeather");

        clock.advance(Duration.ofDays(6));
        escalation.escalate();
        assertThat(cases.inbox(mvc, police)).anyMatch(t -> t.contains("Overdue") && t.contains("Visit the flat"));
        assertThat(cases.inbox(mvc, sergeant)).anyMatch(t -> t.contains("Overdue action for " + police.displayName()));
        assertThat(cases.inbox(mvc, chair)).noneMatch(t -> t.contains("Escalated overdue action"));
        escalation.escalate();
        assertThat(level(policeAction)).isEqualTo(1);
        assertThat(tasks("meeting-action-manager:" + policeAction)).isEqualTo(1);

        clock.advance(Duration.ofDays(7));
        escalation.escalate();
        escalation.escalate();
        assertThat(level(policeAction)).isEqualTo(2);
        assertThat(cases.inbox(mvc, chair))
                .filteredOn(t -> t.contains("Escalated overdue action for " + police.displayName()))
                .hasSize(1);
        assertThat(cases.inbox(mvc, nurse)).noneMatch(t -> t.contains("Overdue"));

        MockHttpServletResponse done = meetings.send(
                mvc,
                police,
                "/meeting-actions/" + policeAction,
                Map.of(
                        "status",
                        "DONE",
                        "note",
                        "Visited; nobody there, flat now empty",
                        "version",
                        String.valueOf(version(policeAction))));
        assertThat(done.getRedirectedUrl()).isEqualTo("/meeting-actions/" + policeAction);
        assertThat(cases.inbox(mvc, police)).noneMatch(t -> t.contains("Visit the flat"));
        assertThat(cases.inbox(mvc, sergeant)).noneMatch(t -> t.contains("Visit the flat"));
        assertThat(cases.inbox(mvc, chair)).noneMatch(t -> t.contains("Visit the flat"));
        assertThat(meetings.page(mvc, chair, "/meeting-actions?view=all")).contains("Visit the flat", "Done");
    }

    @Test
    void anActionWithoutAnOwnerOrDueInThePastIsRefusedAndNothingIsSaved() throws Exception {
        TestAccounts.Account chair = accounts.create("CSE_COORDINATOR");
        long group = meetings.group(mvc, chair, List.of(chair));
        long child = cases.child(chair, "Griselda");
        cases.open(chair, child, chair, "Concerns shared at the group");
        long meeting = meetings.arranged(
                mvc, chair, group, "CSE_GROUP", "", clock.instant().plusSeconds(60));
        long item = meetings.item(meeting, child);
        LocalDate today = LocalDate.now(clock);

        Document noOwner =
                Jsoup.parse(meetings.action(mvc, chair, item, "Check the school register", "", today.plusDays(3))
                        .getContentAsString());
        assertThat(noOwner.select(".govuk-error-summary").text()).contains("every action has an owner");
        assertThat(noOwner.select("textarea[name=description]").text()).isEqualTo("Check the school register");
        Document past = Jsoup.parse(meetings.action(
                        mvc, chair, item, "Check the school register", String.valueOf(chair.id()), today.minusDays(1))
                .getContentAsString());
        assertThat(past.select(".govuk-error-summary").text()).contains("The due date must be today or in the future");
        assertThat(jdbc.sql("SELECT count(*) FROM meeting_action WHERE meeting_id = :m")
                        .param("m", meeting)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void twoPeopleSavingTheSameNotesGetAConflictAndNeitherLosesWhatTheyWrote() throws Exception {
        TestAccounts.Account chair = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account minuteTaker = accounts.colleague(chair, "CSE_COORDINATOR");
        long group = meetings.group(mvc, chair, List.of(chair));
        long child = cases.child(chair, "Hermione");
        cases.open(chair, child, chair, "Concerns shared at the group");
        long meeting = meetings.arranged(
                mvc, chair, group, "CSE_GROUP", "", clock.instant().plusSeconds(60));
        long item = meetings.item(meeting, child);
        String read = String.valueOf(jdbc.sql("SELECT version FROM agenda_item WHERE id = :id")
                .param("id", item)
                .query(Integer.class)
                .single());

        meetings.send(
                mvc,
                chair,
                "/agenda-items/" + item + "/notes",
                Map.of("notes", "Police have seen her with Jay", "band", "High", "version", read));
        MockHttpServletResponse stale = meetings.send(
                mvc,
                minuteTaker,
                "/agenda-items/" + item + "/notes",
                Map.of("notes", "School reports she is often absent on Fridays", "version", read));

        Document page = Jsoup.parse(stale.getContentAsString());
        assertThat(page.select(".govuk-error-summary").text())
                .contains("saved these notes while you were writing yours");
        assertThat(page.select("#their-notes").text()).contains("Police have seen her with Jay", "High");
        assertThat(page.select("textarea[name=notes]").text())
                .isEqualTo("School reports she is often absent on Fridays");
        assertThat(jdbc.sql("SELECT notes || ' / ' || band_agreed FROM agenda_item WHERE id = :id")
                        .param("id", item)
                        .query(String.class)
                        .single())
                .isEqualTo("Police have seen her with Jay / High");
    }

    private long actionOwnedBy(TestAccounts.Account owner) {
        return jdbc.sql("SELECT max(id) FROM meeting_action WHERE owner_user_id = :u")
                .param("u", owner.id())
                .query(Long.class)
                .single();
    }

    private int level(long action) {
        return jdbc.sql("SELECT escalation_level FROM meeting_action WHERE id = :id")
                .param("id", action)
                .query(Integer.class)
                .single();
    }

    private int version(long action) {
        return jdbc.sql("SELECT version FROM meeting_action WHERE id = :id")
                .param("id", action)
                .query(Integer.class)
                .single();
    }

    private long tasks(String key) {
        return jdbc.sql("SELECT count(*) FROM inbox_task WHERE source_key = :k")
                .param("k", key)
                .query(Long.class)
                .single();
    }
}
