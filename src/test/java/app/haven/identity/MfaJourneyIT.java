package app.haven.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.browser.BrowserTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

class MfaJourneyIT extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Test
    void setsUpAnAuthenticatorAppAndSignsInWithItsCodeOnAccessiblePages() {
        var account = accounts.create("PRACTITIONER");
        signIn(account.email(), TestAccounts.PASSWORD);
        assertThat(heading()).isEqualTo("Your work");

        clickAndWaitForNextPage(By.linkText("Your account"));
        assertThat(heading()).isEqualTo("Your account");
        assertAccessible();

        clickAndWaitForNextPage(By.cssSelector("a[href='/account/mfa']"));
        assertThat(heading()).isEqualTo("Set up your authenticator app");
        assertThat(browser.findElements(By.cssSelector(".haven-qr-code svg"))).hasSize(1);
        assertAccessible();
        // The key for typing in sits in a closed "details"; a person opens it, the test reads it as text.
        String typedKey = browser.findElement(By.id("mfa-key")).getAttribute("textContent");
        byte[] key = Base32.decode(typedKey);

        browser.findElement(By.id("code")).sendKeys("000000".equals(code(key, 0)) ? "111111" : "000000");
        browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Enter a correct code from your authenticator app");
        assertAccessible();

        browser.findElement(By.id("code")).sendKeys(code(key, 0));
        browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Authenticator app set up");
        List<WebElement> recoveryCodes = browser.findElements(By.cssSelector("#recovery-codes li"));
        assertThat(recoveryCodes).hasSize(10);
        assertAccessible();

        signOut();
        signIn(account.email(), TestAccounts.PASSWORD);
        assertThat(browser.getCurrentUrl()).endsWith("/login/mfa");
        assertThat(heading()).isEqualTo("Enter your security code");
        assertAccessible();
        open("/account");
        assertThat(browser.getCurrentUrl()).as("nothing else until the code").endsWith("/login/mfa");

        // The enrolment code's step is spent; the next step's code is within the one-step drift allowed.
        browser.findElement(By.id("code")).sendKeys(code(key, 1));
        clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
        assertThat(heading()).isEqualTo("Your work");
        assertAccessible();
    }

    @Test
    void aTemporaryPasswordIsReplacedOnAnAccessiblePage() {
        var account = accounts.create("PRACTITIONER");
        accounts.requirePasswordChange(account.id());
        signIn(account.email(), TestAccounts.PASSWORD);
        assertThat(heading()).isEqualTo("Change your password");
        assertAccessible();

        browser.findElement(By.id("currentPassword")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.id("newPassword")).sendKeys("password1234");
        clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Password is too common")
                .contains("Confirm your new password");
        assertAccessible();

        browser.findElement(By.id("currentPassword")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.id("newPassword")).sendKeys("walnut ember quarry");
        browser.findElement(By.id("confirmPassword")).sendKeys("walnut ember quarry");
        clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
        assertThat(heading()).isEqualTo("Your work");
    }

    private static String code(byte[] key, int stepsAhead) {
        return Totp.code(key, Totp.stepAt(Instant.now()) + stepsAhead);
    }
}
