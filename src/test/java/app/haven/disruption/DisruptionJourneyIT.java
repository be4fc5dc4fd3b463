package app.haven.disruption;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.browser.BrowserTest;
import app.haven.cases.CaseFixtures;
import app.haven.identity.TestAccounts;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The disruption journey in a real browser: an officer opens the adult of concern from the network, records a CAWN
 * protecting two children (after a refused expiry before the issue), a breach, then a prosecution to conviction with
 * the two children as victims (after a refused sentence without a conviction); the children's chronologies and the
 * comparison page show it. axe on every page, and at 375 px.
 */
class DisruptionJourneyIT extends BrowserTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    TestAccounts accounts;

    @Autowired
    CaseFixtures cases;

    @Autowired
    DisruptionFixtures fx;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOfficerRecordsACawnABreachAndAConvictionAndTheChronologiesAndComparisonShowThem() {
        TestAccounts.Account officer = accounts.create("POLICE_INVESTIGATOR");
        long adult = fx.adultOfConcern(officer, "Gideon", "Carrow");
        long first = cases.child(officer, "Ada");
        long second = cases.child(officer, "Bryony");
        long area = cases.areaOf(officer);
        jdbc.sql("INSERT INTO disruption_child_population (area_id, year, children, source) VALUES (:a, :y, 20000,"
                        + " 'ONS mid-year estimates')")
                .param("a", area)
                .param("y", TODAY.getYear())
                .update();

        signIn(officer.email(), TestAccounts.PASSWORD);
        open("/intelligence/entities/" + adult);
        assertAccessible();
        clickAndWaitForNextPage(By.partialLinkText("Disruption measures and prosecutions against Gideon Carrow"));
        assertThat(heading()).isEqualTo("Disruption and prosecution: Gideon Carrow");
        assertAccessible();
        clickAndWaitForNextPage(By.partialLinkText("Record a disruption measure"));
        assertAccessible();
        browser.findElement(By.cssSelector("input[name=type][value=CAWN]")).click();
        date("issuedOn", TODAY.minusDays(7));
        date("expiresOn", TODAY.minusDays(8));
        browser.findElement(By.id("conditions")).sendKeys("Not to contact or be in the company of the children named");
        browser.findElement(By.id("children")).sendKeys("P-" + first + "\nP-" + second);
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Record the measure']"));
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("The expiry date must be on or after the date it was issued");
        assertThat(browser.findElement(By.id("children")).getAttribute("value")).contains("P-" + first);
        assertAccessible();
        for (String part : new String[] {"day", "month", "year"}) {
            browser.findElement(By.name("expiresOn." + part)).clear();
        }
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Record the measure']"));
        assertThat(heading()).isEqualTo("Child Abduction Warning Notice against Gideon Carrow");
        assertThat(browser.findElement(By.id("children")).getText())
                .contains("Ada Quillfeather")
                .contains("Bryony Quillfeather");
        assertAccessible();

        date("breachOn", TODAY.minusDays(2));
        browser.findElement(By.id("what")).sendKeys("Seen waiting outside the school at 15:20");
        browser.findElement(By.id("action")).sendKeys("Arrested for child abduction");
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Record the breach']"));
        assertThat(browser.findElement(By.id("breaches")).getText()).contains("Seen waiting outside the school");
        assertAccessible();

        clickAndWaitForNextPage(By.linkText("Back to Gideon Carrow"));
        clickAndWaitForNextPage(By.partialLinkText("Record a prosecution"));
        assertAccessible();
        browser.findElement(By.cssSelector("input[name=offences][value=CAA_S2]"))
                .click();
        browser.findElement(By.cssSelector("input[name=offences][value=SOA_S14]"))
                .click();
        date("chargedOn", TODAY.minusDays(1));
        browser.findElement(By.id("court")).sendKeys("Chester Crown Court");
        browser.findElement(By.id("victims")).sendKeys("P-" + first + "\nP-" + second);
        browser.findElement(By.id("sentence")).sendKeys("Nine years' imprisonment");
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Record the prosecution']"));
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("A sentence can only be recorded after a conviction");
        assertAccessible();
        browser.findElement(By.cssSelector("input[name=outcome][value=CONVICTED]"))
                .click();
        date("outcomeOn", TODAY);
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Record the prosecution']"));
        assertThat(heading()).isEqualTo("Prosecution of Gideon Carrow");
        assertThat(browser.findElement(By.id("outcome")).getText()).startsWith("Convicted");
        assertThat(browser.findElement(By.id("victims")).getText())
                .contains("Ada Quillfeather")
                .contains("Bryony Quillfeather");
        assertAccessible();

        clickAndWaitForNextPage(By.linkText("Back to Gideon Carrow"));
        assertThat(browser.findElement(By.id("measures")).getText()).contains("Child Abduction Warning Notice");
        assertThat(browser.findElement(By.id("prosecutions")).getText()).contains("Convicted");
        resizeTo(375);
        assertNoSidewaysScroll();
        assertAccessible();
        resizeTo(1200);

        for (long child : new long[] {first, second}) {
            open("/children/" + child + "/chronology");
            String timeline = browser.findElement(By.tagName("main")).getText();
            assertThat(timeline)
                    .contains("Child Abduction Warning Notice M-")
                    .contains("breached")
                    .contains("Suspect charged in prosecution C-")
                    .contains("convicted");
            assertAccessible();
        }

        open("/disruption/comparison?year=" + TODAY.getYear());
        String own = browser.findElement(By.id("own")).getText();
        String areaName = jdbc.sql("SELECT name FROM area WHERE id = :id")
                .param("id", area)
                .query(String.class)
                .single();
        // 1 prosecution over 20,000 children: 10,000 / 20,000 = 0.50 per 10,000.
        assertThat(own).contains(areaName + " 20,000 1 0.50 ONS mid-year estimates");
        assertAccessible();
        resizeTo(375);
        assertNoSidewaysScroll();
        resizeTo(1200);
    }

    private void date(String name, LocalDate day) {
        browser.findElement(By.name(name + ".day")).sendKeys(String.valueOf(day.getDayOfMonth()));
        browser.findElement(By.name(name + ".month")).sendKeys(String.valueOf(day.getMonthValue()));
        browser.findElement(By.name(name + ".year")).sendKeys(String.valueOf(day.getYear()));
    }
}
