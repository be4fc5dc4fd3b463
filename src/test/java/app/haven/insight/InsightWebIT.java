package app.haven.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.haven.identity.TestAccounts;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The measures' pages: figures controlled for everyone (a 3 shows as "c"), the coordinator following a figure to the
 * children behind it (audited), the partnership analyst who cannot, exports that equal the page, and bad input
 * (a period that does not exist, an area outside scope, a tampered export) refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightWebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeasureDataset dataset;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    MeasureDataset.Built built;
    TestAccounts.Account analyst;

    @BeforeAll
    void build() {
        built = dataset.build();
        dataset.moreNewCases(built, 7, "2016-10-01");
        analyst = accounts.partner(built.coordinator(), "PARTNERSHIP_ANALYST");
    }

    @Test
    void theDashboardShowsThisYearAgainstLastWithSmallCountsHidden() throws Exception {
        Document page = page(built.coordinator(), "/insight?period=2016-17");

        Element line = page.selectFirst("tr[data-measure=cases.children-new]");
        assertThat(line.select("td").eachText()).startsWith("10", "c");
        assertThat(page.select("tr[data-measure=missing.episodes] td").eachText())
                .startsWith("c", "0");
        assertThat(page.getElementById("figures-as-at").text()).startsWith("Figures as at");
    }

    @Test
    void aCoordinatorFollowsAFigureToTheChildrenBehindItAndTheListIsAudited() throws Exception {
        Document measure = page(built.coordinator(), "/insight/measure?code=cases.children-new.by-band&period=2016-17");
        Element link = measure.selectFirst("#table-cases-children-new-by-band a[href*=category=High]");
        assertThat(link.ownText()).isEqualTo("8");
        long before = lastAudit();

        Document children = page(built.coordinator(), link.attr("href"));

        assertThat(children.select("#children-table tbody tr")).hasSize(8);
        assertThat(children.select("#children-table").text()).contains("Ada");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE id > :id AND user_id = :user AND action = 'view'")
                        .param("id", before)
                        .param("user", built.coordinator().id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aPartnershipAnalystSeesTheSameControlledFiguresButCannotFollowThemToChildren() throws Exception {
        Document measure = page(analyst, "/insight/measure?code=cases.children-new.by-band&period=2016-17");

        assertThat(measure.select("#table-cases-children-new-by-band a")).isEmpty();
        assertThat(cells(measure, "table-cases-children-new-by-band"))
                .contains(List.of("High", "8", "0"), List.of("Low", "0", "c"), List.of("Total", "10", "c"));
        assertThat(status(analyst, "/insight/children?measure=cases.children-new&period=2016-17"))
                .isEqualTo(403);
    }

    @Test
    void theCsvAndXlsxOfATableAreTheTableOnThePage() throws Exception {
        String query = "?period=2016-17&area=" + built.area();
        Document measure = page(built.coordinator(), "/insight/measure" + query + "&code=cases.children-new.by-band");
        List<List<String>> shown = cells(measure, "table-cases-children-new-by-band");

        String csv = new String(
                response(
                                built.coordinator(),
                                "/insight/export" + query + "&measure=cases.children-new.by-band"
                                        + "&table=categories&format=csv")
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        byte[] xlsx = response(
                        built.coordinator(),
                        "/insight/export" + query + "&measure=cases.children-new.by-band"
                                + "&table=categories&format=xlsx")
                .getContentAsByteArray();

        List<List<String>> csvRows =
                csv.lines().skip(2).map(l -> List.of(l.split(","))).toList();
        assertThat(csvRows).isEqualTo(shown);
        assertThat(sheetRows(xlsx)).isEqualTo(shown);
    }

    @Test
    void aPeriodThatDoesNotExistIsRefusedWithWhatWasTypedKept() throws Exception {
        MockHttpServletResponse response = response(built.coordinator(), "/insight?period=2016-18");

        assertThat(response.getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select(".govuk-error-summary").text()).contains("Choose a period that exists");
        assertThat(page.getElementById("period").val()).isEqualTo("2016-18");
        assertThat(page.getElementById("dashboard-table")).isNull();
    }

    @Test
    void anAreaOutsideTheUsersScopeIsRefusedAndAudited() throws Exception {
        TestAccounts.Account elsewhere = accounts.create("CSE_COORDINATOR");
        long before = lastAudit();

        MockHttpServletResponse response =
                response(elsewhere, "/insight/measure?code=cases.children-new&period=2016-17&area=" + built.area());

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString())
                .contains("Choose an area you cover")
                .doesNotContain("trend-table");
        assertThat(status(
                        elsewhere, "/insight/children?measure=cases.children-new&period=2016-17&area=" + built.area()))
                .isEqualTo(400);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE id > :id AND user_id = :user AND action = 'refused'")
                        .param("id", before)
                        .param("user", elsewhere.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aTamperedExportRequestIsRefused() throws Exception {
        String base = "/insight/export?measure=cases.children-new&period=2016-17&area=" + built.area();

        assertThat(status(built.coordinator(), base + "&table=categories&format=pdf"))
                .isEqualTo(400);
        assertThat(status(built.coordinator(), base + "&table=everything&format=csv"))
                .isEqualTo(400);
        assertThat(status(built.coordinator(), base + "&table=areas&format=csv"))
                .isEqualTo(400);
        assertThat(status(
                        built.coordinator(),
                        "/insight/export?measure=cases.children-new&period=2016-17&table=trend&format=csv&area="
                                + (built.area() + 100_000)))
                .isEqualTo(400);
        assertThat(status(built.coordinator(), base + "&table=trend&format=csv"))
                .isEqualTo(200);
    }

    @Test
    void anUnknownMeasureIsNotFound() throws Exception {
        assertThat(status(built.coordinator(), "/insight/measure?code=cases.nothing&period=2016-17"))
                .isEqualTo(404);
    }

    private Document page(TestAccounts.Account as, String path) throws Exception {
        MockHttpServletResponse response = response(as, path);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private int status(TestAccounts.Account as, String path) throws Exception {
        return response(as, path).getStatus();
    }

    private MockHttpServletResponse response(TestAccounts.Account as, String path) throws Exception {
        return mvc.perform(get(path).with(user(accounts.principal(as))))
                .andReturn()
                .getResponse();
    }

    private static List<List<String>> cells(Document page, String tableId) {
        List<List<String>> rows = new ArrayList<>();
        Element table = page.getElementById(tableId);
        rows.add(table.select("thead th").eachText());
        for (Element row : table.select("tbody tr")) {
            List<String> cells = new ArrayList<>(List.of(row.selectFirst("th").text()));
            row.select("td")
                    .forEach(td -> cells.add(
                            td.selectFirst("a") != null ? td.selectFirst("a").ownText() : td.text()));
            rows.add(cells);
        }
        return rows;
    }

    private static List<List<String>> sheetRows(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(0)) {
                if (row.getRowNum() < 2) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(format.formatCellValue(cell)));
                rows.add(cells);
            }
        }
        return rows;
    }

    private long lastAudit() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event")
                .query(Long.class)
                .single();
    }
}
