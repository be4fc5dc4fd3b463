package app.haven.identity.admin;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.browser.BrowserTest;
import app.haven.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

class UserAdminJourneyIT extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Test
    void administratorAddsATeamAndAUserWhoCanThenSignIn() {
        var admin = accounts.create("SYSTEM_ADMINISTRATOR");
        signIn(admin.email(), TestAccounts.PASSWORD);

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
        assertThat(heading()).isEqualTo("Your work");
        assertAccessible();
    }

    private org.openqa.selenium.WebElement label(String text) {
        return browser.findElement(By.xpath("//label[normalize-space()='" + text + "']"));
    }
}
