package app.haven.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.browser.BrowserTest;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Break-glass, its review, and the audit pages in a real browser: a practitioner opens a record outside
 * their scope with a reason, a manager reviews it and sees who has seen the record, an administrator
 * searches and verifies the audit log. axe checks every page, including the error states.
 */
class AccessPagesJourneyIT extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    ChildInvolvements involvements;

    @Autowired
    JdbcClient jdbc;

    @Test
    void breakGlassReviewAndAuditPagesWorkAndAreAccessible() {
        var elsewhere = accounts.create("PRACTITIONER");
        long child = jdbc.sql("INSERT INTO person (kind, created_at) VALUES ('CHILD', now()) RETURNING id")
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO person_name (person_id, name_type, given_names, family_name, added_at)"
                        + " VALUES (:id, 'LEGAL', 'Rosalind', 'Featherstonehaugh', now())")
                .param("id", child)
                .update();
        involvements.start(
                child, areaOf(elsewhere.id()), agencyOf(elsewhere.id()), Optional.empty(), Optional.of(elsewhere.id()));

        var practitioner = accounts.create("PRACTITIONER");
        signIn(practitioner.email(), TestAccounts.PASSWORD);
        open("/children/" + child);
        assertThat(heading()).isEqualTo("This record is outside your record scope");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(elsewhere.agencyName());
        assertAccessible();
        clickAndWaitForNextPage(By.partialLinkText("Open the record with a reason"));
        assertThat(heading()).isEqualTo("You do not work with this child");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(elsewhere.agencyName());
        assertAccessible();
        clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Enter why you need to open this record");
        assertAccessible();
        browser.findElement(By.id("reason")).sendKeys("Child brought to the out-of-hours team by a relative");
        clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.getCurrentUrl()).endsWith("/children/" + child);
        signOut();

        // The practitioner's line manager reviews; to see who has seen the record they must work with the child.
        var manager = accounts.create("TEAM_MANAGER");
        jdbc.sql("UPDATE user_account SET manager_id = :manager WHERE id = :id")
                .param("manager", manager.id())
                .param("id", practitioner.id())
                .update();
        involvements.start(
                child, areaOf(manager.id()), agencyOf(manager.id()), Optional.empty(), Optional.of(manager.id()));
        signIn(manager.email(), TestAccounts.PASSWORD);
        clickAndWaitForNextPage(By.linkText("Break-glass reviews"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("out-of-hours team");
        assertAccessible();
        clickAndWaitForNextPage(By.partialLinkText("Review"));
        assertThat(heading()).isEqualTo("Review break-glass access");
        clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Select whether the access was justified");
        assertAccessible();
        browser.findElement(By.cssSelector("input[value=JUSTIFIED]")).click();
        clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector(".govuk-notification-banner"))
                        .getText())
                .contains("recorded");
        assertAccessible();
        open("/children/" + child + "/access");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(practitioner.displayName());
        assertAccessible();
        signOut();

        var admin = accounts.create("SYSTEM_ADMINISTRATOR");
        signIn(admin.email(), TestAccounts.PASSWORD);
        open("/admin/audit?childId=" + child);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(practitioner.displayName());
        assertAccessible();
        open("/admin/audit?from.day=31&from.month=2&from.year=2026");
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).isDisplayed())
                .isTrue();
        assertAccessible();
        open("/admin/audit/verify");
        assertAccessible();
        clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.tagName("main")).getText()).containsIgnoringCase("intact");
        assertAccessible();
    }

    private long areaOf(long userId) {
        return jdbc.sql("SELECT area_id FROM user_area WHERE user_id = :id")
                .param("id", userId)
                .query(Long.class)
                .single();
    }

    private long agencyOf(long userId) {
        return jdbc.sql("SELECT agency_id FROM user_account WHERE id = :id")
                .param("id", userId)
                .query(Long.class)
                .single();
    }
}
