package app.haven.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.cases.CaseFixtures;
import app.haven.identity.MutableClock;
import app.haven.identity.TestAccounts;
import app.haven.platform.StrategyDiscussionLinks;
import app.haven.screening.ChildProtectionTrigger;
import app.haven.screening.StrategyDiscussionRequired;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A screening's child protection trigger opens a strategy discussion due by the request's date, whose inbox alert
 * leads to it and which the screening links to; it is overdue by the clock, needs police and children's social care,
 * and recording it clears the alert and tells the chronology.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({MutableClock.Config.class, MeetingsTestConfig.class})
class StrategyDiscussionIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CaseFixtures cases;

    @Autowired
    MeetingFixtures meetings;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    StrategyDiscussionLinks links;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void aChildProtectionTriggerOpensADiscussionDueByTheDeadlineThatPoliceAndSocialCareRecord() throws Exception {
        TestAccounts.Account manager = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account police = accounts.partner(manager, "POLICE_INVESTIGATOR");
        kind(police, "POLICE");
        kind(manager, "CHILDRENS_SOCIAL_CARE");
        long child = cases.child(manager, "Clementine");
        long screening = cases.screened(child, manager, "MEDIUM", "Medium", 2);
        LocalDate due = LocalDate.now(clock).plusDays(2);
        StrategyDiscussionRequired request = new StrategyDiscussionRequired(
                screening, child, "Clementine Quillfeather", List.of(ChildProtectionTrigger.IMMEDIATE_RISK), due);
        transactions.executeWithoutResult(status -> events.publishEvent(request));
        transactions.executeWithoutResult(status -> events.publishEvent(request));

        long discussion = jdbc.sql("SELECT id FROM strategy_discussion WHERE screening_id = :s")
                .param("s", screening)
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("SELECT due_on FROM strategy_discussion WHERE id = :id")
                        .param("id", discussion)
                        .query(java.sql.Date.class)
                        .single()
                        .toLocalDate())
                .isEqualTo(due);
        assertThat(jdbc.sql("SELECT link FROM inbox_task WHERE source_key = :k")
                        .param("k", request.sourceKey())
                        .query(String.class)
                        .single())
                .as("the alert leads to the discussion")
                .isEqualTo("/strategy-discussions/" + discussion);
        assertThat(cases.inbox(mvc, manager)).anyMatch(t -> t.contains("Hold a strategy discussion for Clementine"));
        assertThat(links.forScreening(screening)).contains("/strategy-discussions/" + discussion);
        assertThat(meetings.page(mvc, manager, "/strategy-discussions/" + discussion))
                .doesNotContain("is overdue");

        clock.advance(Duration.ofDays(3));
        assertThat(Jsoup.parse(meetings.page(mvc, manager, "/strategy-discussions/" + discussion))
                        .text())
                .contains("This strategy discussion is overdue");
        assertThat(Jsoup.parse(meetings.page(mvc, manager, "/meetings"))
                        .select("#strategy-discussions")
                        .text())
                .contains("Clementine Quillfeather", "Overdue");

        LocalDate today = LocalDate.now(clock);
        Map<String, String> policeOnly = Map.of(
                "heldOn.day",
                String.valueOf(today.getDayOfMonth()),
                "heldOn.month",
                String.valueOf(today.getMonthValue()),
                "heldOn.year",
                String.valueOf(today.getYear()),
                "names-" + meetings.agencyOf(police),
                "DS Ormerod",
                "section47",
                "yes",
                "version",
                "0");
        MockHttpServletResponse refused =
                meetings.send(mvc, manager, "/strategy-discussions/" + discussion, policeOnly);
        assertThat(Jsoup.parse(refused.getContentAsString())
                        .select(".govuk-error-summary")
                        .text())
                .contains("for the police and for children's social care at least");
        assertThat(status(discussion)).isEqualTo("DUE");

        Map<String, String> both = new java.util.HashMap<>(policeOnly);
        both.put("names-" + meetings.agencyOf(manager), "A. Social Worker");
        assertThat(meetings.send(mvc, manager, "/strategy-discussions/" + discussion, both)
                        .getRedirectedUrl())
                .isEqualTo("/strategy-discussions/" + discussion);
        assertThat(status(discussion)).isEqualTo("HELD");
        assertThat(cases.inbox(mvc, manager)).noneMatch(t -> t.contains("Hold a strategy discussion for Clementine"));
        assertThat(jdbc.sql("SELECT summary FROM chronology_entry WHERE child_id = :c AND event_type ="
                                + " 'meetings.strategy-discussion'")
                        .param("c", child)
                        .query(String.class)
                        .single())
                .contains("a section 47 enquiry will be made");
    }

    private void kind(TestAccounts.Account account, String kind) {
        jdbc.sql("UPDATE agency SET kind = :kind WHERE id = (SELECT agency_id FROM user_account WHERE id = :id)")
                .param("kind", kind)
                .param("id", account.id())
                .update();
    }

    private String status(long discussion) {
        return jdbc.sql("SELECT status FROM strategy_discussion WHERE id = :id")
                .param("id", discussion)
                .query(String.class)
                .single();
    }
}
