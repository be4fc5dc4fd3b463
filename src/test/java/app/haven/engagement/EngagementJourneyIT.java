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

    @Test
    void childrensAnswersBelowSixAreShownSuppressedToTheCoordinatorAndOnTheDashboard() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account analyst = accounts.partner(coordinator, "PARTNERSHIP_ANALYST");
        long area = fx.areaOf(coordinator);
        resizeTo(375);
        scripts(false);

        signIn(coordinator.email(), TestAccounts.PASSWORD);
        open("/engagement/surveys");
        choose("audience", "CHILDREN_YOUNG_PEOPLE");
        WebElement count = browser.findElement(By.id("count"));
        count.clear();
        count.sendKeys("3");
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Issue codes']"));
        List<String> codes = browser.findElements(By.cssSelector(".govuk-notification-banner code")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(codes).hasSize(3);
        signOut();

        for (String code : codes) {
            open("/public/survey");
            browser.findElement(By.id("code")).sendKeys(code);
            clickAndWaitForNextPage(By.cssSelector("main button[type=submit]"));
            choose("q_FEEL_SAFER", "4");
            clickAndWaitForNextPage(By.cssSelector("main button[type=submit]"));
            assertThat(heading()).isEqualTo("Thank you");
        }

        signIn(coordinator.email(), TestAccounts.PASSWORD);
        open("/engagement/surveys");
        WebElement feelSafer = browser.findElement(By.xpath("//caption[normalize-space()='Children and young people']"
                + "/ancestor::table//tr[th[contains(normalize-space(), 'I feel safer')]]"));
        assertThat(feelSafer.getText())
                .as("three answers: shown as c, total too")
                .doesNotContain("3");
        assertThat(feelSafer.findElements(By.xpath("td[normalize-space()='c']")))
                .isNotEmpty();
        check();
        signOut();

        signIn(analyst.email(), TestAccounts.PASSWORD);
        open("/insight/measure?code=engagement.survey-answers&area=" + area);
        assertThat(heading()).isNotBlank();
        List<WebElement> cells = browser.findElements(By.cssSelector("#table-engagement-survey-answers td"));
        assertThat(cells).extracting(WebElement::getText).contains("c").doesNotContain("3");
        check();
        signOut();
    }

    @Test
    void aFileFarOverTheLimitIsRefusedWithAPageThatSaysSo() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        java.nio.file.Path big = java.nio.file.Files.createTempFile("too-big", ".pdf");
        try {
            byte[] content = java.util.Arrays.copyOf("%PDF-1.4\n".getBytes(), 14 * 1024 * 1024);
            java.nio.file.Files.write(big, content);
            long before = fx.count("engagement_resource");
            signIn(coordinator.email(), TestAccounts.PASSWORD);
            open("/engagement/resources/new");
            browser.findElement(By.id("title")).sendKeys("Far too big");
            browser.findElement(By.id("file")).sendKeys(big.toString());
            clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Save as a draft']"));

            assertThat(heading()).isEqualTo("The file you chose is too big");
            assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                    .contains("The selected file must be smaller than 10 MB");
            check();
            assertThat(fx.count("engagement_resource")).isEqualTo(before);
            open("/engagement");
            signOut();
        } finally {
            java.nio.file.Files.deleteIfExists(big);
        }
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
