package app.haven.screening;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.browser.BrowserTest;
import app.haven.identity.ChildInvolvements;
import app.haven.identity.TestAccounts;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The screening journey in a real browser: a practitioner screens a 12-year-old with the child, saves half, signs
 * out and back in and finds every answer kept; submits with one high indicator and gets High by the age rule; asks
 * for Medium by professional judgement; a coordinator approves; the trajectory shows both. axe on every page.
 */
class ScreeningJourneyIT extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    ChildInvolvements involvements;

    @Autowired
    JdbcClient jdbc;

    @Test
    void screensATwelveYearOldOverridesWithApprovalAndShowsTheTrajectory() {
        TestAccounts.Account practitioner = accounts.create("PRACTITIONER");
        long child = twelveYearOld(practitioner);
        signIn(practitioner.email(), TestAccounts.PASSWORD);
        open("/children/" + child);
        clickAndWaitForNextPage(By.linkText("Screenings and evidencing change"));
        assertThat(heading()).isEqualTo("Screenings and evidencing change");
        assertAccessible();
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Start screening']"));
        assertAccessible();
        browser.findElement(By.cssSelector("input[name=childTookPart][value=yes]"))
                .click();
        browser.findElement(By.cssSelector("input[name='answer.cars-unknown-adults'][value=PRESENT]"))
                .click();
        browser.findElement(By.cssSelector("input[name='basis.cars-unknown-adults'][value=EVIDENCED]"))
                .click();
        browser.findElement(By.id("childWords")).sendKeys("They just give me lifts");
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
                .withMessage(() -> "autosave status: '"
                        + browser.findElement(By.id("autosave-status")).getText() + "'")
                .until(d -> d.findElement(By.id("autosave-status")).getText().contains("saved automatically"));
        assertThat(jdbc.sql("SELECT child_words FROM screening WHERE child_id = :id")
                        .param("id", child)
                        .query(String.class)
                        .single())
                .isEqualTo("They just give me lifts");
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Save draft']"));
        assertThat(browser.findElement(By.cssSelector(".govuk-notification-banner"))
                        .getText())
                .contains("Draft saved");

        signOut();
        signIn(practitioner.email(), TestAccounts.PASSWORD);
        open("/children/" + child + "/screenings");
        clickAndWaitForNextPage(By.partialLinkText("Continue the draft screening"));
        assertThat(browser.findElement(By.cssSelector("input[name='answer.cars-unknown-adults'][value=PRESENT]"))
                        .isSelected())
                .isTrue();
        assertThat(browser.findElement(By.id("childWords")).getAttribute("value"))
                .isEqualTo("They just give me lifts");

        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Submit screening']"));
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Select whether a parent or carer took part");
        assertAccessible();
        ((JavascriptExecutor) browser).executeScript("""
                document.querySelectorAll('input[type=radio][value=NOT_PRESENT], input[type=radio][value=no]')
                  .forEach(r => { if (!document.querySelector('input[name="' + r.name + '"]:checked')) r.checked = true; });
                """);
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Submit screening']"));
        assertThat(browser.findElement(By.id("band")).getText()).contains("High");
        assertThat(browser.findElement(By.id("reasons")).getText()).contains("by the age rule");
        assertAccessible();

        browser.findElement(By.cssSelector("details summary")).click();
        browser.findElement(By.cssSelector("input[name=band][value=MEDIUM]")).click();
        browser.findElement(By.id("reason")).sendKeys("Lifts are from her aunt's partner, known to the school");
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Record professional judgement']"));
        assertThat(browser.findElement(By.cssSelector(".govuk-notification-banner"))
                        .getText())
                .contains("A manager has been asked to approve");
        assertAccessible();
        signOut();

        TestAccounts.Account coordinator = accounts.colleague(practitioner, "CSE_COORDINATOR");
        signIn(coordinator.email(), TestAccounts.PASSWORD);
        assertThat(browser.findElement(By.id("tasks")).getText()).contains("Approve or reject lowering");
        assertAccessible();
        open("/team-work");
        assertAccessible();
        open("/");
        clickAndWaitForNextPage(By.linkText("Screening approvals"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("from High to Medium");
        assertAccessible();
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Approve']"));
        assertThat(browser.findElement(By.id("none-pending")).isDisplayed()).isTrue();
        open("/children/" + child + "/screenings");
        assertThat(browser.findElement(By.id("trajectory")).getText())
                .contains("Medium (professional judgement; computed High)");
        assertAccessible();
    }

    private long twelveYearOld(TestAccounts.Account practitioner) {
        long child = jdbc.sql("""
                        INSERT INTO person (kind, date_of_birth, sex, created_at) VALUES ('CHILD', :dob, 'FEMALE', :now)
                        RETURNING id
                        """)
                .param("dob", Date.valueOf(LocalDate.now().minusYears(12).minusDays(40)))
                .param("now", Timestamp.from(Instant.now()))
                .query(Long.class)
                .single();
        jdbc.sql("""
                        INSERT INTO person_name (person_id, name_type, given_names, family_name, added_at)
                        VALUES (:id, 'LEGAL', 'Rosalind', 'Hazelrigg', :now)
                        """)
                .param("id", child)
                .param("now", Timestamp.from(Instant.now()))
                .update();
        long area = jdbc.sql("SELECT area_id FROM user_area WHERE user_id = :id")
                .param("id", practitioner.id())
                .query(Long.class)
                .single();
        long agency = jdbc.sql("SELECT agency_id FROM user_account WHERE id = :id")
                .param("id", practitioner.id())
                .query(Long.class)
                .single();
        involvements.start(child, area, agency, Optional.empty(), Optional.of(practitioner.id()));
        return child;
    }
}
