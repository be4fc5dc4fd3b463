package app.haven.missing;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.browser.BrowserTest;
import app.haven.cases.CaseFixtures;
import app.haven.identity.TestAccounts;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The missing journey in a real browser: a coordinator reports a child on the register missing; the lead professional
 * gets the alert and records the return; the return home interview task appears for the commissioned service's
 * worker, who records the interview with a disclosure; the coordinator's view shows it held within 72 hours; the
 * child's Philomena profile prints. axe on every page.
 */
class MissingJourneyIT extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    CaseFixtures cases;

    @Autowired
    MissingFixtures fixtures;

    @Test
    void fromAReportToAnInterviewWithADisclosureWithin72Hours() {
        TestAccounts.Account lead = accounts.create("PRACTITIONER");
        TestAccounts.Account coordinator = accounts.colleague(lead, "CSE_COORDINATOR");
        TestAccounts.Account worker = fixtures.commissionedWorker(lead);
        long child = cases.child(lead, "Morwenna");
        cases.open(coordinator, child, lead, "Concerns shared at the group");
        fixtures.lookedAfter(child);
        Instant now = Instant.now();

        signIn(coordinator.email(), TestAccounts.PASSWORD);
        open("/children/" + child + "/missing");
        assertAccessible();
        clickAndWaitForNextPage(By.linkText("Report the child missing"));
        assertAccessible();
        browser.findElement(By.cssSelector("input[name=category][value=MISSING]"))
                .click();
        type("started", now.minus(Duration.ofHours(6)));
        browser.findElement(By.id("reportedBy")).sendKeys("Foster carer");
        browser.findElement(By.cssSelector("input[name=riskGrade][value=HIGH]")).click();
        browser.findElement(By.id("riskReason")).sendKeys("CSE concern; seen getting into cars with older men");
        browser.findElement(By.id("gradedBy")).sendKeys("PS 4471 Thornbury");
        browser.findElement(By.id("places")).sendKeys("Bus station\nRiverside flats");
        browser.findElement(By.id("people")).sendKeys("A man called Dex, about 30");
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Report the child missing']"));
        assertThat(heading()).isEqualTo("Missing now");
        assertThat(banner()).contains("Morwenna Quillfeather has been reported missing");
        assertAccessible();
        signOut();

        signIn(lead.email(), TestAccounts.PASSWORD);
        assertThat(browser.findElement(By.id("tasks")).getText())
                .contains("A child on the register has been reported missing");
        clickAndWaitForNextPage(By.partialLinkText("reported missing"));
        type("ended", now.minus(Duration.ofHours(1)));
        browser.findElement(By.id("whereFound")).sendKeys("A flat on Riverside");
        browser.findElement(By.id("howReturned")).sendKeys("Returned by police");
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Record the return']"));
        assertThat(banner()).contains("Return recorded");
        assertThat(browser.findElement(By.id("interview-compliance")).getText()).isEqualTo("Due: not yet recorded");
        assertAccessible();
        clickAndWaitForNextPage(By.partialLinkText("Find or add their record"));
        assertThat(heading()).isEqualTo("Link a person involved to their record");
        assertAccessible();
        browser.findElement(By.id("q")).sendKeys("Dexter Halloran");
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Search']"));
        assertThat(browser.findElement(By.id("found-heading")).getText()).isEqualTo("No records you may open match");
        assertAccessible();
        browser.findElement(By.id("givenNames")).sendKeys("Dexter");
        browser.findElement(By.id("familyName")).sendKeys("Halloran");
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Record the adult and link them']"));
        assertThat(banner()).contains("Person record linked");
        assertThat(browser.findElement(By.id("involved-people")).getText()).contains("Dexter Halloran (Adult)");
        assertAccessible();
        signOut();

        signIn(worker.email(), TestAccounts.PASSWORD);
        assertThat(browser.findElement(By.id("tasks")).getText()).contains("Return home interview due by");
        clickAndWaitForNextPage(By.partialLinkText("Return home interview due by"));
        assertThat(heading()).isEqualTo("Record the return home interview");
        assertAccessible();
        browser.findElement(By.cssSelector("input[name=outcome][value=COMPLETED]"))
                .click();
        type("offered", now.minus(Duration.ofMinutes(40)));
        type("held", now.minus(Duration.ofMinutes(10)));
        browser.findElement(By.id("whereAndWithWhom")).sendKeys("At a flat with a man called Dex");
        browser.findElement(By.cssSelector("input[name=factors][value=ADULTS_OF_CONCERN]"))
                .click();
        browser.findElement(By.id("childWords")).sendKeys("He said I owed him for the phone");
        browser.findElement(By.cssSelector("input[name=disclosureMade][value=yes]"))
                .click();
        browser.findElement(By.id("disclosureWhat")).sendKeys("Dex made me go with his friends to pay for the phone");
        browser.findElement(By.id("disclosureAbout")).sendKeys("Dex");
        browser.findElement(By.cssSelector("input[name=disclosureToPolice][value=yes]"))
                .click();
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Record the interview']"));
        assertThat(banner()).contains("Return home interview recorded");
        assertThat(browser.findElement(By.id("interview-compliance")).getText())
                .isEqualTo("Offered within 72 hours; held within 72 hours");
        assertAccessible();
        open("/");
        assertThat(browser.findElements(By.id("tasks")))
                .as("the interview task is done")
                .isEmpty();
        signOut();

        signIn(coordinator.email(), TestAccounts.PASSWORD);
        open("/missing?show=recent");
        assertThat(browser.findElement(By.id("missing-table")).getText())
                .contains("Morwenna Quillfeather")
                .contains("Accepted and held");
        assertThat(browser.findElement(By.id("held-in-time")).getText()).isEqualTo("1 (100.0%)");
        assertAccessible();

        open("/children/" + child + "/philomena");
        assertAccessible();
        browser.findElement(By.id("description")).sendKeys("About 5ft 4in, slim, long dark hair, scar on left wrist");
        browser.findElement(By.id("placesFrequented")).sendKeys("Bus station; Riverside flats");
        browser.findElement(By.id("phoneAndSocialMedia")).sendKeys("07700 900123; @morwenna.demo");
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Save the profile']"));
        assertThat(banner()).contains("Philomena profile saved");
        assertThat(browser.findElement(By.id("profile-version")).getText()).startsWith("Version 1");
        assertAccessible();
        byte[] pdf = download(browser.findElement(By.id("print-profile")).getAttribute("href"));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        signOut();
    }

    /** Fetches a file as the signed-in browser would (headless Chromium saves PDFs rather than showing them). */
    private byte[] download(String href) {
        String cookies = browser.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        try {
            java.net.http.HttpResponse<byte[]> response = client.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
                            .header("Cookie", cookies)
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
            return response.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** Types a moment into a date input and its time box, as London clock time. */
    private void type(String name, Instant at) {
        ZonedDateTime local = at.atZone(InterviewDeadline.LONDON);
        browser.findElement(By.name(name + ".day")).sendKeys(String.valueOf(local.getDayOfMonth()));
        browser.findElement(By.name(name + ".month")).sendKeys(String.valueOf(local.getMonthValue()));
        browser.findElement(By.name(name + ".year")).sendKeys(String.valueOf(local.getYear()));
        browser.findElement(By.name(name + "Time"))
                .sendKeys(String.format("%02d:%02d", local.getHour(), local.getMinute()));
    }

    private String banner() {
        return browser.findElement(By.cssSelector(".govuk-notification-banner")).getText();
    }
}
