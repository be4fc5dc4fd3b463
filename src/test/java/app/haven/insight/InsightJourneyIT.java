package app.haven.insight;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.browser.BrowserTest;
import app.haven.identity.TestAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The board's measures in a real browser: a Halton coordinator compares this year with last, follows "children
 * identified at risk" to the children behind it and downloads the table as XLSX; a period that does not exist and a
 * tampered export are refused; the partnership analyst sees the same figures and cannot follow them. axe on every
 * page.
 */
class InsightJourneyIT extends BrowserTest {

    @Autowired
    MeasureDataset dataset;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCoordinatorComparesThisYearWithLastFollowsAFigureToTheChildrenAndDownloadsIt() throws Exception {
        MeasureDataset.Built built = dataset.build();
        jdbc.sql("UPDATE area SET name = 'Halton ' || id WHERE id = :area")
                .param("area", built.area())
                .update();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Period thisYear = Period.yearOf(today);
        dataset.moreNewCases(built, 8, thisYear.from().toString());
        dataset.moreNewCases(built, 6, thisYear.previous().from().toString());
        TestAccounts.Account analyst = accounts.partner(built.coordinator(), "PARTNERSHIP_ANALYST");

        signIn(built.coordinator().email(), TestAccounts.PASSWORD);
        open("/insight");
        assertThat(heading()).isEqualTo("Priority one: earliest identification");
        assertThat(browser.findElement(By.cssSelector("tr[data-measure='cases.children-new']"))
                        .getText())
                .contains("8 6 +33.3%");
        assertAccessible();
        clickAndWaitForNextPage(By.linkText("Children identified at risk"));
        assertThat(heading()).isEqualTo("Children identified at risk");
        assertThat(browser.findElement(By.cssSelector("#trend-chart title")).getAttribute("textContent"))
                .startsWith("Children identified at risk, Halton");
        assertAccessible();
        clickAndWaitForNextPage(By.cssSelector("#table-cases-children-new a"));
        assertThat(heading()).isEqualTo("Children behind this figure");
        assertThat(browser.findElements(By.cssSelector("#children-table tbody tr")))
                .hasSize(8);
        assertAccessible();
        browser.navigate().back();
        String xlsx = browser.findElement(By.partialLinkText("XLSX")).getAttribute("href");
        HttpResponse<byte[]> download = fetch(xlsx);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        assertThat(fetch(xlsx.replace("table=trend", "table=everything")).statusCode())
                .isEqualTo(400);

        open("/insight?period=2016-18");
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Choose a period that exists");
        assertAccessible();
        signOut();

        signIn(analyst.email(), TestAccounts.PASSWORD);
        open("/insight/measure?code=cases.children-new");
        assertThat(browser.findElement(By.id("table-cases-children-new")).getText())
                .contains("8");
        assertThat(browser.findElements(By.cssSelector("#table-cases-children-new a")))
                .isEmpty();
        assertAccessible();
        open("/insight/measure?code=cases.children-new&period=2016-17");
        assertThat(browser.findElements(By.cssSelector("#table-cases-children-new tbody td")).stream()
                        .map(WebElement::getText)
                        .toList())
                .as("3 children in 2016/17 and 1 in 2015/16, both hidden, and so is their total")
                .startsWith("c", "c");
        open("/insight/children?measure=cases.children-new");
        assertThat(browser.getPageSource()).doesNotContain("children-table");
    }

    private HttpResponse<byte[]> fetch(String href) throws Exception {
        String session = browser.manage().getCookieNamed("SESSION").getValue();
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", "SESSION=" + session)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }
}
