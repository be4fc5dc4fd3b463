package app.haven.missing;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.cases.CaseFixtures;
import app.haven.identity.MutableClock;
import app.haven.identity.TestAccounts;
import app.haven.people.ChildRecordChanged;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A looked-after child's Philomena profile is kept current: asked for when they go missing without one, reviewed. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class PhilomenaReminderIT {

    private static final String WRITE = "Write a Philomena profile";
    private static final String REVIEW = "Review the Philomena profile";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CaseFixtures cases;

    @Autowired
    MissingFixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLookedAfterChildMissingWithoutAProfileAsksTheLeadAtOnceAndEachSaveMovesTheReviewOn() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account lead = accounts.colleague(coordinator, "PRACTITIONER");
        long child = cases.child(lead, "Eluned");
        fixtures.lookedAfter(child);
        cases.open(coordinator, child, lead, "Concerns shared at the group");

        fixtures.report(mvc, coordinator, child, clock.instant().minus(Duration.ofHours(2)));
        assertThat(cases.inbox(mvc, lead)).anyMatch(task -> task.contains(WRITE));

        save(lead, child, "Tall, red hair", 0);
        assertThat(cases.inbox(mvc, lead))
                .as("the profile is written: nothing to do until it falls due for review")
                .noneMatch(task -> task.contains(WRITE) || task.contains(REVIEW));

        clock.advance(Duration.ofDays(80));
        assertThat(cases.inbox(mvc, lead)).noneMatch(task -> task.contains(REVIEW));
        clock.advance(Duration.ofDays(13));
        assertThat(cases.inbox(mvc, lead))
                .as("three months on, the lead is asked to review it")
                .anyMatch(task -> task.contains(REVIEW + ": last saved"));

        save(lead, child, "Tall, red hair, now cut short", 1);
        assertThat(cases.inbox(mvc, lead))
                .as("reviewing it moves the reminder three months on")
                .noneMatch(task -> task.contains(REVIEW));
        assertThat(jdbc.sql("SELECT show_from FROM inbox_task WHERE source_key = :key")
                        .param("key", MissingTask.reviewKey(child))
                        .query(java.sql.Date.class)
                        .single()
                        .toLocalDate())
                .isEqualTo(MissingDates.today(clock).plusMonths(3));

        jdbc.sql("UPDATE person SET looked_after_status = 'NOT_LOOKED_AFTER', placement_type = NULL WHERE id = :id")
                .param("id", child)
                .update();
        events.publishEvent(new ChildRecordChanged(
                child,
                ChildRecordChanged.Change.DETAILS_CHANGED,
                "Looked-after status changed",
                clock.instant(),
                lead.id(),
                jdbc.sql("SELECT id FROM agency WHERE name = :name")
                        .param("name", lead.agencyName())
                        .query(Long.class)
                        .single()));
        clock.advance(Duration.ofDays(100));
        assertThat(cases.inbox(mvc, lead))
                .as("a child no longer looked after needs no Philomena profile")
                .noneMatch(task -> task.contains(REVIEW) || task.contains(WRITE));
    }

    @Test
    void aLookedAfterChildWithAProfileOrAChildNotLookedAfterRaisesNoProfileTaskWhenMissing() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account lead = accounts.colleague(coordinator, "PRACTITIONER");
        long profiled = cases.child(lead, "Ceinwen");
        long notLookedAfter = cases.child(lead, "Dilys");
        fixtures.lookedAfter(profiled);
        cases.open(coordinator, profiled, lead, "Concerns shared at the group");
        cases.open(coordinator, notLookedAfter, lead, "Concerns shared at the group");
        save(lead, profiled, "Small, long dark hair", 0);

        fixtures.report(mvc, coordinator, profiled, clock.instant().minus(Duration.ofHours(2)));
        fixtures.report(mvc, coordinator, notLookedAfter, clock.instant().minus(Duration.ofHours(2)));

        assertThat(cases.inbox(mvc, lead)).noneMatch(task -> task.contains(WRITE));
    }

    private void save(TestAccounts.Account by, long child, String description, int version) throws Exception {
        fixtures.send(
                mvc,
                by,
                "/children/" + child + "/philomena",
                Map.of("description", description, "version", String.valueOf(version)));
    }
}
