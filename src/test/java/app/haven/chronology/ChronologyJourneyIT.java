package app.haven.chronology;

import static app.haven.chronology.TestTimelineEvent.of;
import static org.assertj.core.api.Assertions.assertThat;

import app.haven.browser.BrowserTest;
import app.haven.identity.TestAccounts;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The chronology in a real browser: open a child's timeline, filter it to one type, flag an entry as significant
 * and come back to the same filtered view, get a date wrong, and print. axe checks every page, errors included.
 */
class ChronologyJourneyIT extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    ChronologyFixtures fixtures;

    @Test
    void filtersFlagsAnEntryAndPrintsTheChronology() {
        TestAccounts.Account practitioner = accounts.create("PRACTITIONER");
        long child = fixtures.child("Katherine", "Quillfeather", LocalDate.of(2013, 3, 14));
        fixtures.involve(child, practitioner);
        fixtures.publish(
                of(child, "2026-01-05T10:00:00Z", "health.visit", "Health visit", "Seen by the GP"),
                of(child, "2026-02-05T10:00:00Z", "police.contact", "Police contact", "Stopped in town late at night")
                        .by(practitioner.id(), fixtures.agencyOf(practitioner)),
                of(child, "2026-03-05T10:00:00Z", "school.exclusion", "Exclusion", "Excluded for a day")
                        .linkedTo("/children/" + child));
        signIn(practitioner.email(), TestAccounts.PASSWORD);

        open("/children/" + child + "/chronology");
        assertThat(heading()).isEqualTo("Chronology");
        assertThat(browser.findElements(By.cssSelector("#timeline li"))).hasSize(3);
        assertAccessible();

        browser.findElement(By.cssSelector("input[name=type][value='police.contact']"))
                .click();
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Apply filters']"));
        assertThat(browser.getCurrentUrl()).contains("type=police.contact").doesNotContain("Quillfeather");
        assertThat(browser.findElement(By.id("timeline")).getText())
                .contains("Stopped in town late at night")
                .doesNotContain("Seen by the GP");
        assertAccessible();

        clickAndWaitForNextPage(By.cssSelector("#timeline li form button"));
        assertThat(browser.getCurrentUrl()).contains("type=police.contact");
        assertThat(browser.findElement(By.cssSelector("#timeline li")).getText())
                .contains("Significant")
                .contains("Unmark as significant");
        assertAccessible();

        type("from-day", "31");
        type("from-month", "2");
        type("from-year", "2026");
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Apply filters']"));
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Date from must be a real date");
        assertThat(browser.findElements(By.cssSelector("#timeline li"))).hasSize(3);
        assertAccessible();

        clickAndWaitForNextPage(By.linkText("Print this chronology"));
        assertThat(heading()).isEqualTo("Chronology: Katherine Quillfeather");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("OFFICIAL-SENSITIVE")
                .contains("14 March 2013")
                .contains(practitioner.displayName());
        assertAccessible();
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).clear();
        browser.findElement(By.id(id)).sendKeys(text);
    }
}
