package app.haven.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

class SignInJourneyIT extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Test
    void signsInToYourWorkAndOutAgainWithAccessiblePages() {
        var account = accounts.create("CSE_COORDINATOR");

        open("/");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(heading()).isEqualTo("Sign in");
        assertAccessible();

        signIn(account.email(), TestAccounts.PASSWORD);
        assertThat(heading()).isEqualTo("Your work");
        String header = browser.findElement(By.tagName("header")).getText();
        assertThat(header).contains("Haven").contains(account.displayName()).contains(account.agencyName());
        assertAccessible();

        signOut();
        assertThat(heading()).isEqualTo("You have signed out");
        assertAccessible();
        open("/");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void showsAnAccessibleErrorSummaryForAWrongPassword() {
        var account = accounts.create("PRACTITIONER");
        signIn(account.email(), "wrong-password-entirely");
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Enter a correct email address and password");
        assertThat(browser.findElement(By.id("email")).getAttribute("value")).isEqualTo(account.email());
        assertAccessible();
    }

    @Test
    void servesGovUkStylesFromHavenItself() {
        open("/login");
        String stylesheet =
                browser.findElement(By.cssSelector("link[rel=stylesheet]")).getAttribute("href");
        assertThat(stylesheet).startsWith(url("/"));
        // Browsers give <body> an 8px margin; GOV.UK Frontend's template styles take it away.
        assertThat(browser.findElement(By.tagName("body")).getCssValue("margin"))
                .isEqualTo("0px");
    }
}
