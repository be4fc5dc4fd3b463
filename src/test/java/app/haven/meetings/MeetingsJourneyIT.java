package app.haven.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.browser.BrowserTest;
import app.haven.cases.CaseFixtures;
import app.haven.identity.MutableClock;
import app.haven.identity.TestAccounts;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monthly meeting in a real browser: a coordinator sets up the group and arranges the meeting, whose agenda fills
 * from the register; takes attendance; records a decision and two actions, for the police and for health; the actions
 * reach their owners' inboxes; one becomes overdue and escalates to the owner's manager; the minutes hide from the
 * health practitioner a child whose record they may not open. axe on every page.
 */
@Import({MutableClock.Config.class, MeetingsTestConfig.class})
class MeetingsJourneyIT extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    CaseFixtures cases;

    @Autowired
    ActionEscalation escalation;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void fromTheMonthlyMeetingToAnEscalatedActionAndMinutesThatHideAChild() {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account police = accounts.partner(coordinator, "POLICE_INVESTIGATOR");
        TestAccounts.Account sergeant = accounts.colleague(police, "TEAM_MANAGER");
        jdbc.sql("UPDATE user_account SET manager_id = :m WHERE id = :id")
                .param("m", sergeant.id())
                .param("id", police.id())
                .update();
        TestAccounts.Account nurse = accounts.partner(coordinator, "PRACTITIONER");
        long seen = cases.child(nurse, "Tamsin");
        cases.open(coordinator, seen, coordinator, "Concerns shared at the group");
        long unseen = cases.child(coordinator, "Ysolde");
        cases.open(coordinator, unseen, coordinator, "Concerns shared at the group");

        signIn(coordinator.email(), TestAccounts.PASSWORD);
        open("/meetings");
        assertAccessible();
        clickAndWaitForNextPage(By.linkText("Set up a group"));
        assertAccessible();
        browser.findElement(By.id("name")).sendKeys("Journey multi-agency CSE group " + System.nanoTime());
        browser.findElement(By.cssSelector("input[name=area][value='" + areaOf(coordinator) + "']"))
                .click();
        for (TestAccounts.Account member : java.util.List.of(coordinator, police, nurse)) {
            browser.findElement(By.cssSelector("input[name=agencies][value='" + agencyOf(member) + "']"))
                    .click();
        }
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Set up the group']"));
        assertAccessible();
        String groupPath = path();
        clickAndWaitForNextPage(By.id("change-group"));
        assertAccessible();
        open(groupPath);
        ZonedDateTime starts = clock.instant().plus(Duration.ofHours(2)).atZone(MeetingView.LONDON);
        browser.findElement(By.name("starts.day")).sendKeys(String.valueOf(starts.getDayOfMonth()));
        browser.findElement(By.name("starts.month")).sendKeys(String.valueOf(starts.getMonthValue()));
        browser.findElement(By.name("starts.year")).sendKeys(String.valueOf(starts.getYear()));
        browser.findElement(By.id("startsTime")).sendKeys(String.format("%02d:%02d", starts.getHour(), 0));
        browser.findElement(By.id("place")).sendKeys("Council offices, room 4");
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Arrange the meeting']"));
        assertThat(browser.findElement(By.id("agenda-items")).getText())
                .contains("Tamsin Quillfeather", "Ysolde Quillfeather", "No planning meeting yet");
        assertAccessible();
        String meetingPath = path();
        clickAndWaitForNextPage(By.id("change-invitees"));
        assertAccessible();
        browser.findElement(By.cssSelector("input[name=people][value='" + police.id() + "']"))
                .click();
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Save invitees']"));
        assertThat(browser.findElement(By.id("invited-people")).getText()).contains(police.displayName());

        clickAndWaitForNextPage(By.id("take-attendance"));
        assertAccessible();
        for (TestAccounts.Account member : java.util.List.of(coordinator, police, nurse)) {
            browser.findElement(By.cssSelector("input[name='status-" + agencyOf(member) + "'][value=PRESENT]"))
                    .click();
        }
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Save the attendance']"));
        assertThat(browser.findElement(By.id("attendance-table")).getText()).contains("Present");

        clickAndWaitForNextPage(By.linkText("Tamsin Quillfeather"));
        assertAccessible();
        browser.findElement(By.id("decision")).sendKeys("Refer to the commissioned service for weekly sessions");
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Record the decision']"));
        giveAction(
                "Visit the flat above the takeaway",
                police,
                LocalDate.now(clock).plusDays(2));
        giveAction(
                "Offer a sexual health appointment", nurse, LocalDate.now(clock).plusDays(28));
        assertThat(browser.findElement(By.id("item-actions")).getText())
                .contains("Visit the flat", police.displayName(), "Offer a sexual health", nurse.displayName());
        assertAccessible();
        signOut();

        signIn(police.email(), TestAccounts.PASSWORD);
        assertThat(browser.findElement(By.id("tasks")).getText()).contains("Meeting action: Visit the flat");
        signOut();
        signIn(nurse.email(), TestAccounts.PASSWORD);
        assertThat(browser.findElement(By.id("tasks")).getText()).contains("Meeting action: Offer a sexual health");
        clickAndWaitForNextPage(By.partialLinkText("Offer a sexual health"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Tamsin Quillfeather");
        assertAccessible();
        signOut();

        clock.advance(Duration.ofDays(6));
        escalation.escalate();
        signIn(sergeant.email(), TestAccounts.PASSWORD);
        assertThat(browser.findElement(By.id("tasks")).getText())
                .contains("Overdue action for " + police.displayName() + ": Visit the flat");
        clickAndWaitForNextPage(By.partialLinkText("Overdue action for"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("This action is overdue", "Escalated to the owner's manager");
        assertAccessible();
        signOut();

        signIn(nurse.email(), TestAccounts.PASSWORD);
        open(meetingPath + "/minutes");
        String minutes = browser.findElement(By.tagName("main")).getText();
        assertThat(minutes)
                .contains("Tamsin Quillfeather", "Refer to the commissioned service")
                .doesNotContain("Ysolde")
                .contains("1 child was also on the agenda whose records you may not open");
        assertAccessible();
        signOut();
    }

    private void giveAction(String what, TestAccounts.Account owner, LocalDate due) {
        browser.findElement(By.id("description")).sendKeys(what);
        new Select(browser.findElement(By.id("owner"))).selectByValue(String.valueOf(owner.id()));
        browser.findElement(By.name("due.day")).sendKeys(String.valueOf(due.getDayOfMonth()));
        browser.findElement(By.name("due.month")).sendKeys(String.valueOf(due.getMonthValue()));
        browser.findElement(By.name("due.year")).sendKeys(String.valueOf(due.getYear()));
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Give the action']"));
        assertThat(browser.findElement(By.cssSelector(".govuk-notification-banner"))
                        .getText())
                .contains("Action given");
    }

    private String path() {
        String url = browser.getCurrentUrl();
        String path = url.substring(url.indexOf('/', "http://".length()));
        return path.contains("#") ? path.substring(0, path.indexOf('#')) : path;
    }

    private long agencyOf(TestAccounts.Account account) {
        return jdbc.sql("SELECT agency_id FROM user_account WHERE id = :id")
                .param("id", account.id())
                .query(Long.class)
                .single();
    }

    private long areaOf(TestAccounts.Account account) {
        return jdbc.sql("SELECT area_id FROM user_area WHERE user_id = :id LIMIT 1")
                .param("id", account.id())
                .query(Long.class)
                .single();
    }
}
