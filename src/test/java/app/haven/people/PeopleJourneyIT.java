package app.haven.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.browser.BrowserTest;
import app.haven.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The people journey in a real browser: record a child, find them again by a misspelt name, open the record and
 * its chronology; try to record the same child again, be warned with the match side by side, and go to the
 * existing record instead; add an identifier and an address. axe checks every page, error states included.
 */
class PeopleJourneyIT extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Test
    void findsAMisspeltChildAndStopsADuplicate() {
        var practitioner = accounts.create("PRACTITIONER");
        signIn(practitioner.email(), TestAccounts.PASSWORD);

        open("/people/new");
        assertAccessible();
        clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Enter their given names")
                .contains("Select their sex");
        assertAccessible();
        fill("Katherine", "Quillfeather", "14", "3", "2013");
        clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
        assertThat(heading()).isEqualTo("Katherine Quillfeather");
        String record = browser.getCurrentUrl();
        assertAccessible();

        clickAndWaitForNextPage(By.linkText("Find a child or person"));
        browser.findElement(By.id("q")).sendKeys("Katie Quilfeather 14/3/2013");
        clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.getCurrentUrl()).doesNotContain("Quil");
        WebElement first = browser.findElement(By.cssSelector(".haven-result"));
        assertThat(first.getText()).contains("Katherine Quillfeather").contains("‘katie’ is a variant of ‘katherine’");
        assertAccessible();
        clickAndWaitForNextPage(By.linkText("Katherine Quillfeather"));
        assertThat(browser.getCurrentUrl()).isEqualTo(record);
        clickAndWaitForNextPage(By.linkText("Chronology"));
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Record created");
        assertAccessible();

        open("/people/new");
        fill("Kate", "Quillfeather", "3", "14", "2013");
        clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Date of birth must be a real date");
        assertAccessible();
        browser.findElement(By.id("dateOfBirth-day")).clear();
        browser.findElement(By.id("dateOfBirth-day")).sendKeys("14");
        browser.findElement(By.id("dateOfBirth-month")).clear();
        browser.findElement(By.id("dateOfBirth-month")).sendKeys("3");
        clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
        assertThat(heading()).isEqualTo("This person may already have a record");
        assertThat(browser.findElement(By.id("comparison")).getText())
                .contains("Kate Quillfeather")
                .contains("Katherine Quillfeather");
        assertAccessible();
        clickAndWaitForNextPage(By.partialLinkText("Use this record"));
        assertThat(browser.getCurrentUrl()).isEqualTo(record);

        clickAndWaitForNextPage(By.partialLinkText("Add an identifier"));
        browser.findElement(By.cssSelector("input[value=NHS_NUMBER]")).click();
        browser.findElement(By.id("value")).sendKeys("943 476 5918");
        clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("NHS number is not valid");
        assertAccessible();
        browser.findElement(By.id("value")).clear();
        browser.findElement(By.id("value")).sendKeys("943 476 5919");
        clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.id("identifiers")).getText()).contains("9434765919");
        assertAccessible();
    }

    private void fill(String given, String family, String day, String month, String year) {
        browser.findElement(By.cssSelector("input[name=kind][value=CHILD]")).click();
        type("givenNames", given);
        type("familyName", family);
        type("dateOfBirth-day", day);
        type("dateOfBirth-month", month);
        type("dateOfBirth-year", year);
        browser.findElement(By.cssSelector("input[name=sex][value=FEMALE]")).click();
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
