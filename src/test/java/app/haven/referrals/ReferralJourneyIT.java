package app.haven.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.browser.BrowserTest;
import app.haven.cases.CaseFixtures;
import app.haven.identity.TestAccounts;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The referral journey in a real browser, axe on every page: a school's designated safeguarding lead refers a child
 * for online grooming to the commissioned service without consent, with a lawful basis and a reason; the service
 * accepts; records three sessions and a disclosure passed to the police; the police record their response; the
 * service closes the work with risk reduced. The referral page is checked at 375 px too.
 */
class ReferralJourneyIT extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    CaseFixtures cases;

    @Autowired
    ReferralFixtures fixtures;

    @Test
    void aSchoolRefersWithoutConsentTheServiceWorksAndClosesWithRiskReduced() {
        TestAccounts.Account school = fixtures.schoolLead();
        TestAccounts.Account worker = fixtures.serviceWorker(school);
        TestAccounts.Account police = accounts.partner(school, "POLICE_INVESTIGATOR");
        long child = cases.child(school, "Tamsin");
        cases.screened(child, school, "HIGH", "High", 3);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

        signIn(school.email(), TestAccounts.PASSWORD);
        open("/children/" + child + "/referrals");
        assertAccessible();
        clickAndWaitForNextPage(By.linkText("Make a referral"));
        assertAccessible();
        new Select(browser.findElement(By.id("toAgency"))).selectByVisibleText(worker.agencyName());
        browser.findElement(By.cssSelector("input[name=reasons][value=ONLINE_GROOMING]"))
                .click();
        browser.findElement(By.cssSelector("input[name=urgency][value=ROUTINE]"))
                .click();
        browser.findElement(By.id("concern")).sendKeys("Talking to an adult on a gaming site who sends her gifts");
        browser.findElement(By.cssSelector("input[name=consent][value=NOT_SOUGHT]"))
                .click();
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Send the referral']"));
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Select the lawful basis for sharing without consent");
        assertAccessible();
        new Select(browser.findElement(By.id("lawfulBasis"))).selectByValue("SAFEGUARDING_CHILDREN");
        browser.findElement(By.id("sharingReason")).sendKeys("Asking would alert the adult through her phone");
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Send the referral']"));
        assertThat(banner()).contains("Referral sent");
        assertThat(browser.findElement(By.id("referral-status")).getText()).isEqualTo("Sent, awaiting a decision");
        assertAccessible();
        signOut();

        signIn(worker.email(), TestAccounts.PASSWORD);
        assertThat(browser.findElement(By.id("tasks")).getText()).contains("Decide on a referral");
        open("/referrals");
        assertAccessible();
        clickAndWaitForNextPage(By.linkText("Tamsin Quillfeather"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("You see only what this referral shares");
        assertAccessible();
        resizeTo(375);
        assertNoSidewaysScroll();
        resizeTo(1280);
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Accept the referral']"));
        assertThat(banner()).contains("Referral accepted");
        assertAccessible();
        clickAndWaitForNextPage(By.linkText("Direct work sessions"));
        assertAccessible();
        String[] topics = {"ONLINE_SAFETY", "HEALTHY_RELATIONSHIPS", "CONSENT"};
        for (int i = 0; i < 3; i++) {
            type("heldOn", today.minusDays(14 - 7L * i));
            browser.findElement(By.id("minutes")).sendKeys("60");
            browser.findElement(By.id("place")).sendKeys("At school");
            browser.findElement(By.cssSelector("input[name=topics][value=" + topics[i] + "]"))
                    .click();
            browser.findElement(By.cssSelector("input[name=engagement][value=GOOD]"))
                    .click();
            clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Record the session']"));
            assertThat(banner()).contains("Session recorded");
        }
        assertThat(browser.findElements(By.cssSelector("#session-list > li"))).hasSize(3);
        assertAccessible();

        open("/children/" + child + "/disclosures/new");
        assertAccessible();
        type("disclosed", today);
        browser.findElement(By.id("words")).sendKeys("He asked for pictures and said he would share the ones I sent");
        browser.findElement(By.cssSelector("input[name=verbatim][value=yes]")).click();
        browser.findElement(By.id("aboutDescription")).sendKeys("The adult on the gaming site");
        new Select(browser.findElement(By.id("kind"))).selectByValue("ONLINE_ABUSE");
        browser.findElement(By.cssSelector("input[name=passed][value=yes]")).click();
        type("passedOn", today);
        browser.findElement(By.id("passedBy")).sendKeys(worker.displayName());
        browser.findElement(By.id("disclosedTo")).sendKeys(worker.displayName());
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Record the disclosure']"));
        assertThat(banner()).contains("Disclosure recorded");
        assertAccessible();
        signOut();

        signIn(police.email(), TestAccounts.PASSWORD);
        clickAndWaitForNextPage(By.partialLinkText("Record the police response"));
        assertAccessible();
        browser.findElement(By.cssSelector("input[name=response][value=INVESTIGATION_OPENED]"))
                .click();
        type("respondedOn", today);
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Record the police response']"));
        assertThat(banner()).contains("Police response recorded");
        assertAccessible();
        signOut();

        signIn(worker.email(), TestAccounts.PASSWORD);
        open("/referrals/caseload");
        assertAccessible();
        clickAndWaitForNextPage(By.linkText("Tamsin Quillfeather"));
        browser.findElement(By.cssSelector("input[name=outcome][value=RISK_REDUCED]"))
                .click();
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Close the referral']"));
        assertThat(banner()).contains("Referral closed");
        String main = browser.findElement(By.tagName("main")).getText();
        assertThat(main).contains("Risk reduced").contains("Screening band at the start");
        assertAccessible();
        open("/referrals");
        assertThat(browser.findElement(By.id("outcome-figures")).getText()).contains("risk reduced for 1 (100.0%)");
        signOut();
    }

    private void type(String name, LocalDate day) {
        browser.findElement(By.name(name + ".day")).clear();
        browser.findElement(By.name(name + ".day")).sendKeys(String.valueOf(day.getDayOfMonth()));
        browser.findElement(By.name(name + ".month")).clear();
        browser.findElement(By.name(name + ".month")).sendKeys(String.valueOf(day.getMonthValue()));
        browser.findElement(By.name(name + ".year")).clear();
        browser.findElement(By.name(name + ".year")).sendKeys(String.valueOf(day.getYear()));
    }

    private String banner() {
        return browser.findElement(By.cssSelector(".govuk-notification-banner")).getText();
    }
}
