package app.haven.screening;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.browser.BrowserTest;
import app.haven.identity.TestAccounts;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A keyboard user on the screening form: "how do you know", when and the note appear only for an indicator answered
 * present, so reaching "Submit screening" from the top of the page takes under 60 presses of Tab (145 before).
 */
class ScreeningKeyboardIT extends BrowserTest {

    static final int MOST_TAB_PRESSES = 60;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ScreeningFixtures fixtures;

    @Test
    void aKeyboardUserReachesSubmitInUnderSixtyTabPressesAndPresentRevealsHowDoYouKnow() {
        TestAccounts.Account practitioner = accounts.create("PRACTITIONER");
        long child = fixtures.child(
                practitioner, "Marigold", "Ashcombe", LocalDate.now().minusYears(14), false);
        signIn(practitioner.email(), TestAccounts.PASSWORD);
        open("/children/" + child + "/screenings");
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Start screening']"));

        int presses = tabsToSubmit();
        System.out.println("Tab presses from the top of the screening form to Submit: " + presses);
        assertThat(presses).isLessThan(MOST_TAB_PRESSES);

        // The radios themselves are transparent in GOV.UK's styling, so their labels say what a user sees.
        WebElement basis = browser.findElement(By.cssSelector("label[for='basis-cars-unknown-adults']"));
        assertThat(basis.isDisplayed()).as("hidden until present is chosen").isFalse();
        browser.findElement(By.cssSelector("label[for='answer-cars-unknown-adults']"))
                .click();
        assertThat(basis.isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("note-cars-unknown-adults")).isDisplayed())
                .isTrue();
        assertAccessible();
        browser.findElement(By.cssSelector("label[for='answer-cars-unknown-adults-2']"))
                .click();
        assertThat(basis.isDisplayed()).isFalse();
    }

    /** Presses Tab from a freshly loaded page until "Submit screening" has focus; the number of presses. */
    private int tabsToSubmit() {
        browser.navigate().refresh();
        ((JavascriptExecutor) browser).executeScript("document.activeElement && document.activeElement.blur()");
        for (int presses = 1; presses <= 300; presses++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            Object text = ((JavascriptExecutor) browser)
                    .executeScript("return document.activeElement ? document.activeElement.textContent.trim() : ''");
            if ("Submit screening".equals(text)) {
                return presses;
            }
        }
        throw new AssertionError("Submit screening was never reached with Tab");
    }
}
