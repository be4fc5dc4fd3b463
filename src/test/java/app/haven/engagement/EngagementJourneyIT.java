package app.haven.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.browser.BrowserTest;
import app.haven.identity.TestAccounts;
import app.haven.identity.Workforce;
import app.haven.platform.HavenPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * On a phone-sized window with JavaScript switched off: a member of the public reads the top 10 page and reports a
 * concern; the area's coordinator triages it into an intelligence report about a known place; a child answers a
 * survey with a code the coordinator issued. Every page is checked with axe (scripts are switched on only while axe
 * runs, after the page has loaded without them) and must not scroll sideways.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EngagementJourneyIT extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    EngagementFixtures fx;

    @Autowired
    TopTen topTen;

    @Autowired
    Workforce workforce;

    @Test
    void aMemberOfThePublicReportsAConcernACoordinatorTriagesItAndAChildAnswersASurvey() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        long area = fx.areaOf(coordinator);
        // Areas are remembered for 30 seconds; one its user covers is read at once (Workforce), so the public form
        // lists the new area without waiting out what an earlier class remembered.
        workforce.areasOf((HavenPrincipal) accounts.principal(coordinator));
        long place = fx.location(
                area, coordinator.id(), "Bus station cafe " + Instant.now().toEpochMilli());
        topTen.replace(
                List.of(new TopTenPoint(
                        1, "Gifts can be grooming", "New phones or lifts from older people are a" + " warning sign.")),
                topTen.page().version(),
                null);
        resizeTo(375);
        scripts(false);

        open("/public/top-ten");
        assertThat(heading()).isEqualTo("Top 10 things you need to know");
        assertThat(browser.getPageSource()).contains("Gifts can be grooming").contains("call 999");
        check();

        clickAndWaitForNextPage(By.linkText("Report a concern"));
        assertThat(heading()).isEqualTo("Report a concern about a child");
        check();
        waitForArea(area);
        choose("area", String.valueOf(area));
        browser.findElement(By.id("what")).sendKeys("Girls in school uniform getting into a silver car after school");
        browser.findElement(By.id("where")).sendKeys("Bus station cafe");
        browser.findElement(By.id("when")).sendKeys("Most Fridays");
        clickAndWaitForNextPage(By.cssSelector("main button[type=submit]"));
        assertThat(heading()).isEqualTo("Report sent");
        check();

        signIn(coordinator.email(), TestAccounts.PASSWORD);
        open("/engagement/concerns");
        check();
        clickAndWaitForNextPage(By.cssSelector("main table a"));
        assertThat(heading()).isEqualTo("Concern from the public");
        check();
        choose("source", "2");
        choose("intelligence", "C");
        browser.findElement(By.id("about")).sendKeys("I-" + place);
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Record as intelligence']"));
        assertThat(browser.findElement(By.className("govuk-notification-banner"))
                        .getText())
                .contains("Recorded as intelligence report R-");
        check();

        open("/engagement/surveys");
        check();
        choose("audience", "CHILDREN_YOUNG_PEOPLE");
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Issue codes']"));
        String code = browser.findElement(By.cssSelector(".govuk-notification-banner code"))
                .getText();
        check();
        signOut();

        open("/public/survey");
        check();
        browser.findElement(By.id("code")).sendKeys(code);
        clickAndWaitForNextPage(By.cssSelector("main button[type=submit]"));
        assertThat(browser.getPageSource()).contains("I feel safer");
        check();
        choose("q_FEEL_SAFER", "4");
        choose("q_HEALTHY_RELATIONSHIP", "5");
        clickAndWaitForNextPage(By.cssSelector("main button[type=submit]"));
        assertThat(heading()).isEqualTo("Thank you");
        check();
    }

    /** The public form lists the partnership's areas as remembered for up to 30 seconds: a new area may take that long. */
    private void waitForArea(long area) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
        while (browser.findElements(By.cssSelector("input[name=area][value='" + area + "']"))
                        .isEmpty()
                && System.nanoTime() < deadline) {
            Thread.sleep(2000);
            open("/public/report-a-concern");
        }
    }

    private void choose(String name, String value) {
        WebElement input = browser.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        browser.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"))
                .click();
    }

    private void check() {
        scripts(true);
        try {
            assertAccessible();
            assertNoSidewaysScroll();
        } finally {
            scripts(false);
        }
    }

    private static void scripts(boolean on) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !on));
    }
}
