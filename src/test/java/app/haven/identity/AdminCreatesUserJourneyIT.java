package app.haven.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.browser.BrowserTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The identity journey end to end, with MFA mandatory as in production: an administrator adds a team and a
 * user; the user replaces the temporary password, sets up an authenticator app and signs in with a code.
 */
@TestPropertySource(properties = "haven.security.mfa=mandatory")
class AdminCreatesUserJourneyIT extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Test
    void administratorCreatesAUserWhoReplacesTheirPasswordEnrolsMfaAndSignsIn() {
        var admin = accounts.create("SYSTEM_ADMINISTRATOR");
        byte[] adminKey = accounts.enrolMfa(admin.id());
        signIn(admin.email(), TestAccounts.PASSWORD);
        browser.findElement(By.id("code")).sendKeys(Totp.code(adminKey, Totp.stepAt(Instant.now())));
        clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));

        clickAndWaitForNextPage(By.linkText("Reference data"));
        assertThat(heading()).isEqualTo("Administration");
        assertAccessible();

        clickAndWaitForNextPage(By.linkText("Teams"));
        assertThat(heading()).isEqualTo("Teams");
        assertAccessible();
        clickAndWaitForNextPage(By.linkText("Add a team"));
        assertAccessible();
        new Select(browser.findElement(By.id("agency"))).selectByVisibleText(admin.agencyName());
        browser.findElement(By.id("name")).sendKeys("Missing Children Team");
        clickAndWaitForNextPage(By.cssSelector("main button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector(".govuk-notification-banner"))
                        .getText())
                .contains("Team Missing Children Team added");
        assertAccessible();

        clickAndWaitForNextPage(By.linkText("Users"));
        assertThat(heading()).isEqualTo("Users");
        assertAccessible();
        clickAndWaitForNextPage(By.linkText("Add a user"));
        assertThat(heading()).isEqualTo("Add a user");
        assertAccessible();

        String email = "casey.new." + System.nanoTime() + "@test.haven.invalid";
        browser.findElement(By.id("name")).sendKeys("Casey Newcomer");
        browser.findElement(By.id("email")).sendKeys(email);
        new Select(browser.findElement(By.id("agency"))).selectByVisibleText(admin.agencyName());
        new Select(browser.findElement(By.id("team")))
                .selectByVisibleText("Missing Children Team (" + admin.agencyName() + ")");
        label(admin.areaName()).click();
        label("Frontline practitioner").click();
        browser.findElement(By.id("password")).sendKeys("a-temporary-password");
        clickAndWaitForNextPage(By.cssSelector("main button[type=submit]"));

        assertThat(heading()).isEqualTo("Casey Newcomer");
        assertThat(browser.findElement(By.cssSelector(".govuk-summary-list")).getText())
                .contains(email, "Missing Children Team", "Frontline practitioner", admin.areaName());
        assertAccessible();

        signOut();
        signIn(email, "a-temporary-password");
        // The administrator knows the temporary password, so the user chooses their own first...
        assertThat(heading()).isEqualTo("Change your password");
        assertAccessible();
        browser.findElement(By.id("currentPassword")).sendKeys("a-temporary-password");
        browser.findElement(By.id("newPassword")).sendKeys("lantern orchard thistle");
        browser.findElement(By.id("confirmPassword")).sendKeys("lantern orchard thistle");
        clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));

        // ...then, MFA being mandatory here, sets up an authenticator app before reaching anything else.
        assertThat(heading()).isEqualTo("Set up your authenticator app");
        assertAccessible();
        byte[] key = Base32.decode(browser.findElement(By.id("mfa-key")).getAttribute("textContent"));
        browser.findElement(By.id("code")).sendKeys(Totp.code(key, Totp.stepAt(Instant.now())));
        clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
        assertThat(heading()).isEqualTo("Authenticator app set up");
        assertAccessible();
        clickAndWaitForNextPage(By.linkText("Continue"));
        assertThat(heading()).isEqualTo("Your work");

        signOut();
        signIn(email, "lantern orchard thistle");
        assertThat(heading()).isEqualTo("Enter your security code");
        assertAccessible();
        browser.findElement(By.id("code")).sendKeys(Totp.code(key, Totp.stepAt(Instant.now()) + 1));
        clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
        assertThat(heading()).isEqualTo("Your work");
        assertAccessible();
    }

    private org.openqa.selenium.WebElement label(String text) {
        return browser.findElement(By.xpath("//label[normalize-space()='" + text + "']"));
    }
}
