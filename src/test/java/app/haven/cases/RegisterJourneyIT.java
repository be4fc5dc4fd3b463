package app.haven.cases;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.browser.BrowserTest;
import app.haven.identity.TestAccounts;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The register journey in a real browser: a High screening suggests the register; the social worker puts the child
 * on it, builds a team of three agencies, records the planning meeting, writes the plan with the child's view,
 * reviews and asks to close with "risk reduced"; a coordinator approves; every task the journey raised is cleared
 * from the inbox. axe on every page.
 */
class RegisterJourneyIT extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    CaseFixtures fixtures;

    @Test
    void fromAHighScreeningToAClosedCaseWithRiskReduced() {
        TestAccounts.Account social = accounts.create("PRACTITIONER");
        TestAccounts.Account police = accounts.partner(social, "POLICE_INVESTIGATOR");
        TestAccounts.Account support = accounts.partner(social, "CASE_WORKER");
        TestAccounts.Account coordinator = accounts.colleague(social, "CSE_COORDINATOR");
        long child = fixtures.child(social, "Tamsin");
        fixtures.screened(child, social, "HIGH", "High", 3);

        signIn(social.email(), TestAccounts.PASSWORD);
        assertThat(browser.findElement(By.id("tasks")).getText())
                .contains("Consider putting Tamsin Quillfeather on the register (screening banded High)");
        clickAndWaitForNextPage(By.partialLinkText("Consider putting Tamsin Quillfeather"));
        assertThat(heading()).isEqualTo("Put on the register of children at risk");
        assertAccessible();
        browser.findElement(By.cssSelector("input[name=models][value=ONLINE]")).click();
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Put on the register']"));
        assertThat(banner()).contains("Tamsin Quillfeather is on the register");
        assertAccessible();

        addToTeam(police, "Police CSE officer");
        addToTeam(support, "Missing and CSE support worker");
        assertThat(browser.findElement(By.id("team-table")).getText())
                .contains(social.agencyName())
                .contains(police.agencyName())
                .contains(support.agencyName());
        assertAccessible();

        LocalDate today = LocalDate.now();
        browser.findElement(By.name("heldOn.day")).sendKeys(String.valueOf(today.getDayOfMonth()));
        browser.findElement(By.name("heldOn.month")).sendKeys(String.valueOf(today.getMonthValue()));
        browser.findElement(By.name("heldOn.year")).sendKeys(String.valueOf(today.getYear()));
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Record the planning meeting']"));
        assertThat(browser.findElement(By.id("planning-meeting")).getText()).startsWith("Held on");

        clickAndWaitForNextPage(By.linkText("Support plan"));
        assertAccessible();
        browser.findElement(By.id("childView")).sendKeys("I want to feel safe going into town with my friends");
        browser.findElement(By.id("childWantsToWorkWith")).sendKeys("Jo from the support service");
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Save the plan']"));
        assertThat(banner()).contains("Plan saved");
        browser.findElement(By.id("goal")).sendKeys("Tamsin knows who to call when she feels unsafe");
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Add goal']"));
        clickAndWaitForNextPage(By.linkText("Add an action"));
        assertAccessible();
        new Select(browser.findElement(By.id("type"))).selectByValue("DIRECT_WORK");
        browser.findElement(By.id("description")).sendKeys("Weekly sessions on healthy relationships");
        new Select(browser.findElement(By.id("owner"))).selectByValue("user:" + support.id());
        LocalDate due = today.plusDays(21);
        browser.findElement(By.name("dueOn.day")).sendKeys(String.valueOf(due.getDayOfMonth()));
        browser.findElement(By.name("dueOn.month")).sendKeys(String.valueOf(due.getMonthValue()));
        browser.findElement(By.name("dueOn.year")).sendKeys(String.valueOf(due.getYear()));
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Add the action']"));
        assertThat(browser.findElement(By.id("action-table")).getText()).contains("Weekly sessions");
        assertAccessible();

        clickAndWaitForNextPage(By.linkText("Back to the case"));
        clickAndWaitForNextPage(By.linkText("Record a review"));
        assertAccessible();
        browser.findElement(By.id("progress")).sendKeys("No missing episodes; Tamsin says she feels safer");
        browser.findElement(By.cssSelector("input[name=decision][value=CLOSE]")).click();
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Record the review']"));
        assertThat(heading()).isEqualTo("Ask to close the case");
        assertAccessible();
        browser.findElement(By.cssSelector("input[name=outcome][value=RISK_REDUCED]"))
                .click();
        browser.findElement(By.cssSelector("input[name=reason][value=RISK_MANAGED]"))
                .click();
        browser.findElement(By.id("summary")).sendKeys("Risk reduced: safe at home, trusted adult at school");
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Ask a manager to approve']"));
        assertThat(banner()).contains("A manager has been asked to approve");
        assertAccessible();
        signOut();

        signIn(support.email(), TestAccounts.PASSWORD);
        assertThat(browser.findElement(By.id("tasks")).getText()).contains(": Weekly sessions");
        signOut();

        signIn(coordinator.email(), TestAccounts.PASSWORD);
        assertThat(browser.findElement(By.id("tasks")).getText()).contains("Approve or reject closing");
        clickAndWaitForNextPage(By.partialLinkText("Approve or reject closing"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Tamsin Quillfeather: Risk reduced");
        assertAccessible();
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Approve closure']"));
        assertThat(banner()).contains("the case is closed");
        open("/register");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Tamsin");
        assertAccessible();
        open("/");
        assertThat(browser.findElements(By.id("tasks"))).isEmpty();
        signOut();

        signIn(support.email(), TestAccounts.PASSWORD);
        assertThat(browser.findElements(By.id("tasks")))
                .as("the closed case's action reminder is done")
                .isEmpty();
        signOut();
        signIn(social.email(), TestAccounts.PASSWORD);
        assertThat(browser.findElements(By.id("tasks")))
                .as("no planning meeting, review or register suggestion is left")
                .isEmpty();
        open("/children/" + child + "/case");
        assertThat(browser.findElement(By.id("past-cases")).getText()).contains("to " + CaseDates.format(today));
        assertAccessible();
    }

    private void addToTeam(TestAccounts.Account member, String role) {
        browser.findElement(By.xpath("//summary[normalize-space()='Add someone to the team']"))
                .click();
        new Select(browser.findElement(By.id("member"))).selectByValue(String.valueOf(member.id()));
        browser.findElement(By.id("role")).sendKeys(role);
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Add to the team']"));
        assertThat(banner()).contains("joined the team around the child");
    }

    private String banner() {
        return browser.findElement(By.cssSelector(".govuk-notification-banner")).getText();
    }
}
