package app.haven.intelligence;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.browser.BrowserTest;
import app.haven.cases.CaseFixtures;
import app.haven.identity.TestAccounts;
import app.haven.missing.MissingEpisodeStarted;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The intelligence journey in a real browser: an analyst records a hotel and links a missing episode's place to it
 * (accepting the proposed link), records a graded report linking an adult of concern to two children, adds a third
 * child's link, which raises the "one adult, many children" alert, and sees all of it in the network picture and its
 * tables, at full width and at 375 px. axe on every page.
 */
class IntelligenceJourneyIT extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    CaseFixtures cases;

    @Autowired
    IntelFixtures fx;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anAnalystLinksAnEpisodesPlaceAndThreeChildrenAndTheAlertAndNetworkShowIt() {
        TestAccounts.Account analyst = accounts.create("INTELLIGENCE_ANALYST");
        long adult = fx.adultOfConcern(analyst, "Corvane");
        long first = cases.child(analyst, "Ada");
        long second = cases.child(analyst, "Bryony");
        long third = cases.child(analyst, "Cerys");
        episodeAt(first, cases.areaOf(analyst), analyst, "The Station Hotel on Nantwich Road");

        signIn(analyst.email(), TestAccounts.PASSWORD);
        open("/intelligence");
        assertAccessible();
        clickAndWaitForNextPage(By.partialLinkText("Record a person of concern"));
        assertAccessible();
        browser.findElement(By.cssSelector("input[name=kind][value=LOCATION]")).click();
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Continue']"));
        new Select(browser.findElement(By.id("locationType"))).selectByValue("HOTEL");
        browser.findElement(By.id("address")).sendKeys("Station Hotel, 1 Nantwich Road");
        browser.findElement(By.id("postcode")).sendKeys("CW2 6AA");
        browser.findElement(By.id("latitude")).sendKeys("53.08967");
        browser.findElement(By.id("longitude")).sendKeys("-2.43330");
        assertAccessible();
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Record it']"));
        assertThat(heading()).isEqualTo("Station Hotel, 1 Nantwich Road, CW2 6AA");
        String hotel = browser.findElement(By.cssSelector(".govuk-summary-list__value"))
                .getText();
        assertAccessible();
        clickAndWaitForNextPage(By.partialLinkText("Change the details of"));
        assertAccessible();
        browser.findElement(By.id("description")).sendKeys("Rooms let by the hour, paid in cash");
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Save changes']"));
        assertThat(browser.findElement(By.cssSelector(".govuk-notification-banner"))
                        .getText())
                .contains("Changes saved");

        open("/intelligence/proposals");
        assertAccessible();
        clickAndWaitForNextPage(By.partialLinkText("The Station Hotel on Nantwich Road"));
        assertAccessible();
        browser.findElement(By.id("to")).sendKeys(hotel);
        new Select(browser.findElement(By.id("linkType"))).selectByValue("FREQUENTS");
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Accept the link']"));
        assertThat(browser.findElement(By.cssSelector(".govuk-notification-banner"))
                        .getText())
                .contains("accepted");

        open("/intelligence/reports/new?about=I-" + adult);
        browser.findElement(By.cssSelector("input[name=sourceType][value=OFFICER]"))
                .click();
        browser.findElement(By.id("body"))
                .sendKeys("Seen collecting two girls from school and driving them to the hotel");
        date("reportedOn", LocalDate.now().minusDays(2));
        new Select(browser.findElement(By.id("source"))).selectByValue("2");
        new Select(browser.findElement(By.id("intelligence"))).selectByValue("B");
        new Select(browser.findElement(By.id("handling"))).selectByValue("P");
        browser.findElement(By.id("about")).sendKeys("\nP-" + first + "\nP-" + second);
        new Select(browser.findElement(By.id("linkType"))).selectByValue("EXPLOITED");
        assertAccessible();
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Record the report']"));
        assertThat(heading()).startsWith("R-");
        String report = heading();
        assertAccessible();

        open("/intelligence/entities/" + adult);
        browser.findElement(By.id("to")).sendKeys("P-" + third);
        new Select(browser.findElement(By.id("linkType"))).selectByValue("SEEN_WITH");
        date("validFrom", LocalDate.now().minusDays(1));
        browser.findElement(By.id("evidenceId")).sendKeys(report);
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Add the link']"));
        assertThat(browser.findElement(By.cssSelector(".govuk-notification-banner"))
                        .getText())
                .contains("Link added");
        assertThat(browser.findElement(By.id("link-table")).getText())
                .contains("exploited Ada Quillfeather")
                .contains("exploited Bryony Quillfeather")
                .contains("seen with Cerys Quillfeather");
        assertAccessible();

        open("/");
        assertThat(browser.findElement(By.id("tasks")).getText())
                .contains("One adult, many children: a person of concern is linked to 3 children");
        open("/intelligence");
        assertThat(browser.findElement(By.id("alerts")).getText()).contains("Gideon Corvane is linked to 3 children");
        clickAndWaitForNextPage(By.linkText("Gideon Corvane"));
        assertThat(heading()).isEqualTo("Network around Gideon Corvane");
        assertThat(browser.findElements(By.cssSelector("svg circle"))).hasSize(5);
        assertThat(browser.findElement(By.id("node-table")).getText())
                .contains("Ada Quillfeather")
                .contains("Bryony Quillfeather")
                .contains("Cerys Quillfeather")
                .contains("Station Hotel");
        assertThat(browser.findElement(By.id("link-table")).getText())
                .contains("Ada Quillfeather frequents Station Hotel")
                .contains("Missing episode");
        assertAccessible();
        resizeTo(375);
        assertNoSidewaysScroll();
        assertAccessible();
        resizeTo(1200);
    }

    private void date(String name, LocalDate day) {
        browser.findElement(By.name(name + ".day")).sendKeys(String.valueOf(day.getDayOfMonth()));
        browser.findElement(By.name(name + ".month")).sendKeys(String.valueOf(day.getMonthValue()));
        browser.findElement(By.name(name + ".year")).sendKeys(String.valueOf(day.getYear()));
    }

    /** A returned missing episode with a place involved, announced as the missing module announces one. */
    private void episodeAt(long child, long area, TestAccounts.Account by, String place) {
        Instant started = Instant.now().minus(3, ChronoUnit.DAYS);
        transactions.executeWithoutResult(status -> {
            long episode = jdbc.sql("""
                            INSERT INTO missing_episode (child_id, area_id, category, reported_by, reported_at, started_at,
                                   ended_at, risk_grade, risk_reason, graded_by, looked_after, recorded_by, recorded_at,
                                   return_recorded_by, return_recorded_at)
                            VALUES (:child, :area, 'MISSING', 'Carer', :started, :started, :ended, 'HIGH', 'CSE concern',
                                    'PS Grey', false, :by, :started, :by, :ended) RETURNING id
                            """)
                    .param("child", child)
                    .param("area", area)
                    .param("started", java.sql.Timestamp.from(started))
                    .param("ended", java.sql.Timestamp.from(started.plus(1, ChronoUnit.DAYS)))
                    .param("by", by.id())
                    .query(Long.class)
                    .single();
            jdbc.sql("""
                            INSERT INTO missing_episode_involved (episode_id, kind, description, position)
                            VALUES (:episode, 'PLACE', :place, 0)
                            """).param("episode", episode).param("place", place).update();
            long agency = jdbc.sql("SELECT agency_id FROM user_account WHERE id = :id")
                    .param("id", by.id())
                    .query(Long.class)
                    .single();
            events.publishEvent(
                    new MissingEpisodeStarted(episode, child, area, "Missing", "High", started, by.id(), agency));
        });
    }
}
