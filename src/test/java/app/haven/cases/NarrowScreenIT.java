package app.haven.cases;

import app.haven.browser.BrowserTest;
import app.haven.identity.TestAccounts;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.DateParts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * At 375 px (a phone) no page scrolls sideways: wide tables (the plan's actions, the team, the audit, the users)
 * scroll inside their own box, so the page itself is never wider than the screen.
 */
class NarrowScreenIT extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    CaseFixtures fixtures;

    @Autowired
    Plans plans;

    @Autowired
    Clock clock;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @AfterEach
    void backToADesktop() {
        resizeTo(1280);
    }

    @Test
    void noPageScrollsSidewaysOnAPhone() {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account police = accounts.partner(coordinator, "POLICE_INVESTIGATOR");
        long child = fixtures.child(coordinator, "Philippa-Anastasia");
        fixtures.screened(child, coordinator, "HIGH", "High", 3);
        long caseId = fixtures.open(coordinator, child, coordinator, "");
        CaseRef ref = new CaseRef(caseId, child, fixtures.areaOf(coordinator), coordinator.id());
        HavenPrincipal principal = (HavenPrincipal) accounts.principal(coordinator);
        LocalDate today = LocalDate.now(clock);
        TestAccounts.as(
                accounts.principal(coordinator),
                () -> plans.addIntervention(
                        ref,
                        new InterventionForm(
                                "DISRUPTION",
                                "",
                                "Weekly sessions with the youth worker at the community centre, including travel there and back",
                                "user:" + police.id(),
                                DateParts.of(today),
                                DateParts.of(today.plusWeeks(6)),
                                "PLANNED",
                                "0"),
                        jdbc.sql("SELECT agency_id FROM user_account WHERE id = :id")
                                .param("id", police.id())
                                .query(Long.class)
                                .single(),
                        principal));

        resizeTo(375);
        signIn(coordinator.email(), TestAccounts.PASSWORD);
        for (String page : List.of(
                "/",
                "/register",
                "/cases/" + caseId,
                "/cases/" + caseId + "/plan",
                "/cases/" + caseId + "/details",
                "/children/" + child,
                "/children/" + child + "/chronology",
                "/children/" + child + "/screenings",
                "/children/" + child + "/missing",
                "/people/search")) {
            open(page);
            assertNoSidewaysScroll();
        }
        signOut();

        TestAccounts.Account admin = accounts.colleague(coordinator, "SYSTEM_ADMINISTRATOR");
        signIn(admin.email(), TestAccounts.PASSWORD);
        for (String page : List.of(
                "/admin",
                "/admin/users",
                "/admin/users/" + coordinator.id(),
                "/admin/teams",
                "/admin/areas",
                "/admin/agencies",
                "/admin/audit",
                "/admin/audit?childId=" + child,
                "/children/" + child + "/access")) {
            open(page);
            assertNoSidewaysScroll();
        }
        signOut();
    }
}
