package app.haven.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.haven.identity.MutableClock;
import app.haven.identity.TestAccounts;
import app.haven.platform.HavenPrincipal;
import app.haven.screening.StandingBandChanged;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The register's rules against the real database with a clock the tests move: opening from a screening, one open
 * case per child, review cadence by band, closure only with another manager's approval, reopening keeping history,
 * and reminders that appear on their day even when nothing ran in between (Haven down).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class CasesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CaseFixtures fixtures;

    @Autowired
    Cases cases;

    @Autowired
    Closures closures;

    @Autowired
    Reviews reviews;

    @Autowired
    TeamAroundChild team;

    @Autowired
    CaseQueries queries;

    @Autowired
    CaseSettings settings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    app.haven.identity.ChildAccess access;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void aHighScreeningSuggestsTheRegisterAndOpeningRaisesThePlanningMeetingAndFirstReview() throws Exception {
        TestAccounts.Account worker = accounts.create("PRACTITIONER");
        TestAccounts.Account coordinator = accounts.colleague(worker, "CSE_COORDINATOR");
        TestAccounts.Account schoolLead = accounts.partner(worker, "SAFEGUARDING_LEAD");
        long child = fixtures.child(worker, "Amberly");
        fixtures.screened(child, schoolLead, "HIGH", "High", 3);
        assertThat(fixtures.inbox(mvc, worker))
                .anyMatch(task ->
                        task.contains("Consider putting Amberly Quillfeather on the register (screening banded High)"));
        assertThat(fixtures.inbox(mvc, coordinator))
                .as("the area's coordinator hears of a school's High screening")
                .anyMatch(task -> task.contains("on the register (screening banded"));

        long caseId = fixtures.open(worker, child, worker, "");
        LocalDate today = LocalDate.now(clock);
        assertThat(fixtures.date("next_review_on", caseId)).contains(today.plusWeeks(4));
        assertThat(fixtures.date("planning_meeting_due_on", caseId)).contains(today.plusDays(10));
        List<String> inbox = fixtures.inbox(mvc, worker);
        assertThat(inbox)
                .anyMatch(task -> task.contains("Hold the multi-agency planning meeting for Amberly Quillfeather"));
        assertThat(inbox).noneMatch(task -> task.contains("on the register (screening banded"));
        assertThat(fixtures.inbox(mvc, coordinator)).noneMatch(task -> task.contains("Consider putting"));
        assertThat(inbox)
                .as("a review four weeks away is not shown yet")
                .noneMatch(task -> task.contains("case on the register"));
        assertThat(queries.find(caseId).orElseThrow().bandLabel()).contains("High");
        assertThat(jdbc.sql(
                                "SELECT summary FROM chronology_entry WHERE child_id = :child AND event_type = 'cases.opened'")
                        .param("child", child)
                        .query(String.class)
                        .list())
                .containsExactly("Put on the register of children at risk (High)");
    }

    @Test
    void aScreeningBelowTheThresholdSuggestsNothing() throws Exception {
        TestAccounts.Account worker = accounts.create("PRACTITIONER");
        long child = fixtures.child(worker, "Bellamina");
        fixtures.screened(child, worker, "LOW", "Low", 1);
        assertThat(fixtures.inbox(mvc, worker)).noneMatch(task -> task.contains("Consider putting"));
    }

    @Test
    void aChildHasOneOpenCaseAtATime() throws Exception {
        TestAccounts.Account worker = accounts.create("PRACTITIONER");
        long child = fixtures.child(worker, "Corabel");
        fixtures.screened(child, worker, "MEDIUM", "Medium", 2);
        fixtures.open(worker, child, worker, "");

        assertThatThrownBy(() -> fixtures.open(worker, child, worker, "")).isInstanceOf(Cases.AlreadyOpen.class);
        String page = mvc.perform(post("/children/" + child + "/cases")
                        .param("area", String.valueOf(fixtures.areaOf(worker)))
                        .param("lead", String.valueOf(worker.id()))
                        .with(user(accounts.principal(worker)))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Someone has just put Corabel Quillfeather on the register");
        assertThat(openCases(child)).isEqualTo(1);
    }

    @Test
    void reviewsFallOnTheCadenceOfTheBandThatStands() {
        TestAccounts.Account worker = accounts.create("PRACTITIONER");
        LocalDate today = LocalDate.now(clock);
        long medium = fixtures.child(worker, "Dorinda");
        fixtures.screened(medium, worker, "MEDIUM", "Medium", 2);
        long mediumCase = fixtures.open(worker, medium, worker, "");
        assertThat(fixtures.date("next_review_on", mediumCase)).contains(today.plusWeeks(6));

        long low = fixtures.child(worker, "Elspetha");
        fixtures.screened(low, worker, "LOW", "Low", 1);
        long lowCase = fixtures.open(worker, low, worker, "Older boyfriend reported by the school");
        assertThat(fixtures.date("next_review_on", lowCase)).contains(today.plusWeeks(12));

        long high = fixtures.child(worker, "Fenella");
        long highScreening = fixtures.screened(high, worker, "HIGH", "High", 3);
        long highCase = fixtures.open(worker, high, worker, "");
        assertThat(fixtures.date("next_review_on", highCase)).contains(today.plusWeeks(4));

        fixtures.screened(low, worker, "HIGH", "High", 3);
        assertThat(fixtures.date("next_review_on", lowCase))
                .as("a re-screening at High brings the Low case's review forward to High's cadence")
                .contains(today.plusWeeks(4));

        long mediumAgain = fixtures.screened(high, worker, "MEDIUM", "Medium", 2);
        CaseView highView = queries.find(highCase).orElseThrow();
        LocalDate next = TestAccounts.as(
                accounts.principal(worker),
                () -> reviews.record(
                        highView,
                        new Reviews.Review(
                                today,
                                "Attending school; no missing episodes",
                                fixtures.screening(mediumAgain),
                                "STEP_DOWN"),
                        principal(worker)));
        assertThat(next).isEqualTo(today.plusWeeks(6));
        assertThat(highScreening).isNotEqualTo(mediumAgain);
    }

    @Test
    void aCaseFollowsAnOverrideOfTheLatestScreeningOnly() {
        TestAccounts.Account worker = accounts.create("PRACTITIONER");
        long child = fixtures.child(worker, "Kerensa");
        long older = fixtures.screened(child, worker, "MEDIUM", "Medium", 2);
        long latest = fixtures.screened(child, worker, "HIGH", "High", 3);
        long caseId = fixtures.open(worker, child, worker, "");

        transactions.executeWithoutResult(
                status -> events.publishEvent(new StandingBandChanged(older, child, "Low", 1)));
        assertThat(queries.find(caseId).orElseThrow().bandLabel())
                .as("an override of an earlier screening leaves the band")
                .contains("High");
        transactions.executeWithoutResult(
                status -> events.publishEvent(new StandingBandChanged(latest, child, "Medium", 2)));
        assertThat(queries.find(caseId).orElseThrow().bandLabel()).contains("Medium");
    }

    @Test
    void cadencesAreThePartnershipsSettings() {
        CaseSettings.Values before = settings.fresh();
        java.util.Map<Integer, Integer> faster = new java.util.HashMap<>(before.cadenceWeeks());
        faster.put(3, 2);
        assertThat(settings.save(
                        new CaseSettings.Values(
                                before.thresholdRank(),
                                before.planningMeetingDays(),
                                before.reviewNoticeDays(),
                                before.transitionAgeMonths(),
                                before.teamAccessDays(),
                                faster,
                                before.version()),
                        before.version()))
                .isTrue();
        try {
            TestAccounts.Account worker = accounts.create("PRACTITIONER");
            long child = fixtures.child(worker, "Gwenllian");
            fixtures.screened(child, worker, "HIGH", "High", 3);
            long caseId = fixtures.open(worker, child, worker, "");
            assertThat(fixtures.date("next_review_on", caseId))
                    .contains(LocalDate.now(clock).plusWeeks(2));
            assertThat(settings.save(settings.fresh(), before.version()))
                    .as("a save from a stale version changes nothing")
                    .isFalse();
        } finally {
            CaseSettings.Values now = settings.fresh();
            settings.save(
                    new CaseSettings.Values(
                            before.thresholdRank(),
                            before.planningMeetingDays(),
                            before.reviewNoticeDays(),
                            before.transitionAgeMonths(),
                            before.teamAccessDays(),
                            before.cadenceWeeks(),
                            now.version()),
                    now.version());
        }
    }

    @Test
    void closingNeedsAnotherManagersApprovalAndThenStopsTheReminders() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account lead = accounts.colleague(coordinator, "PRACTITIONER");
        TestAccounts.Account manager = accounts.colleague(coordinator, "CSE_COORDINATOR");
        long child = fixtures.child(lead, "Hermione");
        fixtures.screened(child, lead, "HIGH", "High", 3);
        long caseId = fixtures.open(coordinator, child, lead, "");

        String refused = mvc.perform(post("/cases/" + caseId + "/closure")
                        .param("summary", "Going well")
                        .with(user(accounts.principal(coordinator)))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Select the outcome for the child at closure");
        assertThat(closureCount(caseId)).isZero();

        mvc.perform(post("/cases/" + caseId + "/closure")
                .param("outcome", "RISK_REDUCED")
                .param("reason", "RISK_MANAGED")
                .param("summary", "Safe at home; trusted adult at school; no missing episodes for three months")
                .with(user(accounts.principal(coordinator)))
                .with(csrf()));
        assertThat(queries.find(caseId).orElseThrow().open())
                .as("asking is not closing")
                .isTrue();
        assertThat(fixtures.inbox(mvc, manager))
                .anyMatch(t -> t.contains("Approve or reject closing") && t.contains("'s case on the register"));
        long closureId = closures.pendingFor(principal(manager)).stream()
                .filter(p -> p.caseId() == caseId)
                .findFirst()
                .orElseThrow()
                .closureId();

        assertThat(TestAccounts.as(
                        accounts.principal(coordinator),
                        () -> closures.decide(closureId, true, "", principal(coordinator))))
                .as("the manager who asked cannot approve their own request")
                .isFalse();
        assertThat(queries.find(caseId).orElseThrow().open()).isTrue();

        assertThat(TestAccounts.as(
                        accounts.principal(manager),
                        () -> closures.decide(closureId, true, "Agreed", principal(manager))))
                .isTrue();
        CaseView closed = queries.find(caseId).orElseThrow();
        assertThat(closed.open()).isFalse();
        assertThat(closed.closedOn()).contains(LocalDate.now(clock));
        assertThat(fixtures.inbox(mvc, lead))
                .noneMatch(t -> t.contains("planning meeting") || t.contains("case on the register"));
        assertThat(fixtures.inbox(mvc, manager)).noneMatch(t -> t.contains("Approve closing"));
        assertThat(openTasks("case-review:" + caseId)).isZero();
    }

    @Test
    void aClosureNotApprovedTellsWhoAskedAndLeavesTheCaseOpen() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account manager = accounts.colleague(coordinator, "CSE_COORDINATOR");
        long child = fixtures.child(coordinator, "Ottilie");
        fixtures.screened(child, coordinator, "HIGH", "High", 3);
        long caseId = fixtures.open(coordinator, child, coordinator, "");
        CaseRef ref = queries.find(caseId).orElseThrow().ref();
        askAndDecide(coordinator, ref, manager, false, "Wait for the next review");
        assertThat(queries.find(caseId).orElseThrow().open()).isTrue();
        assertThat(fixtures.inbox(mvc, coordinator))
                .anyMatch(t -> t.contains("A manager did not approve closing Ottilie Quillfeather's case"));
        assertThat(queries.history(caseId).closures())
                .singleElement()
                .satisfies(c -> assertThat(c.decisionNote()).isEqualTo("Wait for the next review"));
    }

    @Test
    void reopeningACaseKeepsItsClosureInTheHistory() {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account manager = accounts.colleague(coordinator, "CSE_COORDINATOR");
        long child = fixtures.child(coordinator, "Isolde");
        fixtures.screened(child, coordinator, "MEDIUM", "Medium", 2);
        long caseId = fixtures.open(coordinator, child, coordinator, "");
        CaseRef ref = queries.find(caseId).orElseThrow().ref();
        askAndDecide(coordinator, ref, manager, true, "");

        TestAccounts.as(accounts.principal(coordinator), () -> {
            cases.reopen(ref, "Went missing again overnight", principal(coordinator));
            return null;
        });

        CaseView reopened = queries.find(caseId).orElseThrow();
        assertThat(reopened.open()).isTrue();
        assertThat(reopened.closedOn()).isEmpty();
        CaseHistory history = queries.history(caseId);
        assertThat(history.statusChanges())
                .extracting(CaseHistory.StatusChange::status)
                .containsExactly("Put on the register", "Closed", "Reopened");
        assertThat(history.statusChanges().get(2).reason()).isEqualTo("Went missing again overnight");
        assertThat(history.closures())
                .singleElement()
                .satisfies(c -> assertThat(c.outcome()).isEqualTo("Risk reduced"));
        assertThat(openTasks("case-planning:" + caseId))
                .as("a reopened case needs a planning meeting again")
                .isEqualTo(1);
    }

    @Test
    void remindersAppearOnTheirDayEvenWhenNothingRanInBetween() throws Exception {
        TestAccounts.Account worker = accounts.create("PRACTITIONER");
        LocalDate today = LocalDate.now(clock);
        long child = fixtures.child(
                worker, "Jessamy", today.minusYears(17).minusMonths(5).minusDays(15), true);
        fixtures.screened(child, worker, "HIGH", "High", 3);
        long caseId = fixtures.open(worker, child, worker, "");
        assertThat(fixtures.inbox(mvc, worker)).noneMatch(t -> t.contains("case on the register"));
        assertThat(fixtures.inbox(mvc, worker)).noneMatch(t -> t.contains("adult services"));

        clock.advance(Duration.ofDays(20));
        assertThat(fixtures.inbox(mvc, worker))
                .as("eight days before the review")
                .noneMatch(t -> t.contains("case on the register"));
        clock.advance(Duration.ofDays(1));
        assertThat(fixtures.inbox(mvc, worker))
                .as("seven days' notice")
                .anyMatch(t -> t.contains("Review Jessamy Quillfeather's case on the register")
                        && t.startsWith("Due this week"));
        assertThat(fixtures.inbox(mvc, worker))
                .as("17 and a half: the transition flag")
                .anyMatch(t -> t.contains("Plan Jessamy Quillfeather's hand-over to adult services"));

        clock.advance(Duration.ofDays(30));
        assertThat(fixtures.inbox(mvc, worker))
                .as("a month with nothing running: the review and the planning meeting are overdue")
                .anyMatch(t -> t.contains("case on the register") && t.startsWith("Overdue"))
                .anyMatch(t -> t.contains("planning meeting") && t.startsWith("Overdue"));
        assertThat(fixtures.date("next_review_on", caseId)).contains(today.plusWeeks(4));
    }

    @Test
    void anOpenCaseAlwaysKeepsItsLeadsInvolvementInItsArea() {
        // The register relies on this to check the case's area instead of each child for area-wide users.
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account first = accounts.colleague(coordinator, "PRACTITIONER");
        TestAccounts.Account second = accounts.colleague(coordinator, "PRACTITIONER");
        long child = fixtures.child(coordinator, "Wilhelmina");
        fixtures.screened(child, coordinator, "HIGH", "High", 3);
        long caseId = fixtures.open(coordinator, child, first, "");
        assertThat(leadInvolvedInCaseArea(caseId)).isTrue();

        CaseView opened = queries.find(caseId).orElseThrow();
        assertThat(TestAccounts.as(
                        accounts.principal(coordinator),
                        () -> cases.changeDetails(
                                opened.ref(),
                                opened.version(),
                                second.id(),
                                List.of(),
                                List.of(),
                                principal(coordinator))))
                .isTrue();
        assertThat(leadInvolvedInCaseArea(caseId)).isTrue();
        long firstMember = jdbc.sql("SELECT id FROM case_team_member WHERE case_id = :case AND user_id = :user")
                .param("case", caseId)
                .param("user", first.id())
                .query(Long.class)
                .single();
        long secondMember = jdbc.sql("SELECT id FROM case_team_member WHERE case_id = :case AND user_id = :user")
                .param("case", caseId)
                .param("user", second.id())
                .query(Long.class)
                .single();
        CaseRef ref = queries.find(caseId).orElseThrow().ref();
        TestAccounts.as(accounts.principal(coordinator), () -> team.remove(ref, firstMember, principal(coordinator)));
        assertThat(TestAccounts.as(
                        accounts.principal(coordinator), () -> team.remove(ref, secondMember, principal(coordinator))))
                .as("the lead professional cannot leave the team")
                .isFalse();
        assertThat(leadInvolvedInCaseArea(caseId)).isTrue();
    }

    /** One user asks to close the case with "risk reduced"; a manager approves or rejects it with a note. */
    @Test
    void teamMembersKeepTheRecordForTheSetDaysAfterClosureAndTheLeadForGood() {
        TestAccounts.Account lead = accounts.create("PRACTITIONER");
        TestAccounts.Account police = accounts.partner(lead, "PRACTITIONER");
        TestAccounts.Account manager = accounts.colleague(lead, "TEAM_MANAGER");
        long child = fixtures.child(lead, "Perpetua");
        long caseId = fixtures.open(lead, child, lead, "Concerns shared at the area's CSE group");
        CaseRef ref = queries.find(caseId).orElseThrow().ref();
        TestAccounts.as(
                accounts.principal(lead), () -> team.add(ref, police.id(), "Police CSE officer", principal(lead)));
        assertThat(access.canOpen(principal(police), child)).isTrue();

        askAndDecide(lead, ref, manager, true, "Agreed");
        assertThat(queries.find(caseId).orElseThrow().open()).isFalse();
        clock.advance(Duration.ofDays(settings.current().teamAccessDays() - 1));
        assertThat(access.canOpen(principal(police), child))
                .as("a team member a day before their access ends")
                .isTrue();
        clock.advance(Duration.ofDays(2));
        assertThat(access.canOpen(principal(police), child))
                .as("a team member after the set days")
                .isFalse();
        assertThat(access.canOpen(principal(lead), child))
                .as("the lead professional")
                .isTrue();
        assertThat(access.knownTo(child))
                .as("known to still shows the team member's agency")
                .anyMatch(k -> k.agency().equals(police.agencyName()));

        TestAccounts.as(accounts.principal(lead), () -> {
            cases.reopen(ref, "New concerns from school", principal(lead));
            return null;
        });
        assertThat(access.canOpen(principal(police), child))
                .as("reopening gives the team back the record")
                .isTrue();
    }

    private void askAndDecide(
            TestAccounts.Account asker, CaseRef ref, TestAccounts.Account manager, boolean approve, String note) {
        long closureId = TestAccounts.as(
                        accounts.principal(asker),
                        () -> closures.request(ref, "RISK_REDUCED", "RISK_MANAGED", "Risk managed", principal(asker)))
                .orElseThrow();
        TestAccounts.as(
                accounts.principal(manager), () -> closures.decide(closureId, approve, note, principal(manager)));
    }

    private boolean leadInvolvedInCaseArea(long caseId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM child_case c JOIN child_involvement ci ON ci.child_id = c.child_id
                                        AND ci.user_id = c.lead_user_id AND ci.area_id = c.area_id AND ci.ended_at IS NULL
                                        WHERE c.id = :id)
                        """).param("id", caseId).query(Boolean.class).single();
    }

    private long openCases(long child) {
        return jdbc.sql("SELECT count(*) FROM child_case WHERE child_id = :child AND status = 'OPEN'")
                .param("child", child)
                .query(Long.class)
                .single();
    }

    private long closureCount(long caseId) {
        return jdbc.sql("SELECT count(*) FROM case_closure WHERE case_id = :id")
                .param("id", caseId)
                .query(Long.class)
                .single();
    }

    private long openTasks(String key) {
        return jdbc.sql("SELECT count(*) FROM inbox_task WHERE source_key = :key AND done_at IS NULL")
                .param("key", key)
                .query(Long.class)
                .single();
    }

    private HavenPrincipal principal(TestAccounts.Account account) {
        return (HavenPrincipal) accounts.principal(account);
    }
}
