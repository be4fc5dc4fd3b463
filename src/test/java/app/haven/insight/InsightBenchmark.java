package app.haven.insight;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.bench.Figures;
import app.haven.bench.PageLoad;
import app.haven.bench.Report;
import app.haven.identity.TestAccounts;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The board's dashboard and a measure's drill-down over ten years of records at national scale (200,000 cases,
 * 2,000,000 missing episodes, 500,000 referrals, 100,000 disclosures; {@code -Dhaven.bench.insight.cases=N} scales
 * all four) with 10 concurrent signed-in coordinators, as server time against p95 ≤ 500 ms (dashboard) and ≤ 300 ms
 * (drill-down); the first, uncounted view of each is printed too. A sample of the pages' numbers is checked against a
 * straightforward recount in SQL.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "haven.bench.insight=own-database")
@org.springframework.context.annotation.Import(app.haven.bench.ServerTiming.class)
class InsightBenchmark {

    private static final int AREAS = 4;
    private static final int USERS = 10;
    private static final int REQUESTS_PER_USER = 30;

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void dashboardAndDrillDownOverTenYearsAtNationalScale() throws Exception {
        int cases = Integer.getInteger("haven.bench.insight.cases", 200_000);
        List<TestAccounts.Account> users = new ArrayList<>();
        List<InsightPopulation.Area> areas = new ArrayList<>();
        for (int a = 0; a < AREAS; a++) {
            TestAccounts.Account first = accounts.create("CSE_COORDINATOR");
            users.add(first);
            areas.add(new InsightPopulation.Area(
                    value("area_id", "user_area", first.id()),
                    value("agency_id", "user_account", first.id()),
                    first.id()));
        }
        for (int u = AREAS; u < USERS; u++) {
            users.add(accounts.colleague(users.get(u % AREAS), "CSE_COORDINATOR"));
        }
        long service = jdbc.sql("INSERT INTO agency (name, kind) VALUES ('Bench commissioned service',"
                        + " 'COMMISSIONED_SERVICE') RETURNING id")
                .query(Long.class)
                .single();
        long started = System.nanoTime();
        InsightPopulation.load(
                app.haven.platform.database.DatabaseInsider.superuserDataSource(dataSource),
                areas,
                service,
                cases,
                cases * 10,
                cases * 5 / 2,
                cases / 2);
        Report.line(Figures.rate("ten years seeded (cases)", cases, Duration.ofNanos(System.nanoTime() - started)));

        Period lastYear =
                Period.yearOf(LocalDate.now(ZoneId.of("Europe/London"))).previous();
        String dashboard = "/insight?priority=1&period=" + lastYear.code();
        String drill = "/insight/measure?code=cases.children-new.by-band&period=" + lastYear.code();
        PageLoad load = new PageLoad(port, REQUESTS_PER_USER);
        List<HttpClient> clients = load.signIn(users);
        first("dashboard", clients.get(0), load, dashboard);
        first("drill-down", clients.get(0), load, drill);
        target(load.measure("GET " + dashboard, clients, dashboard, "dashboard-table"), 500);
        target(load.measure("GET " + drill, clients, drill, "trend-table"), 300);
        for (int a = 0; a < AREAS; a++) {
            recount(clients.get(a), load, areas.get(a).areaId(), lastYear);
        }
    }

    private void first(String what, HttpClient client, PageLoad load, String path) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(load.get(path), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        Report.line(String.format(
                "first %s view (figures counted, not yet kept): %d ms",
                what, Duration.ofNanos(System.nanoTime() - start).toMillis()));
    }

    private static void target(Figures server, int millis) {
        Report.line("  target p95 <= " + millis + " ms: "
                + (server.percentile(0.95).compareTo(Duration.ofMillis(millis)) <= 0 ? "met" : "NOT met"));
    }

    /** The dashboard's children-new and missing episodes for an area against a plain count of the tables. */
    private void recount(HttpClient client, PageLoad load, long area, Period period) throws Exception {
        var page = Jsoup.parse(client.send(
                        load.get("/insight?priority=1&area=" + area + "&period=" + period.code()),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        long children = jdbc.sql("SELECT count(DISTINCT child_id) FROM child_case WHERE area_id = :area"
                        + " AND opened_on >= :from AND opened_on < :to")
                .param("area", area)
                .param("from", period.from())
                .param("to", period.toExclusive())
                .query(Long.class)
                .single();
        long episodes = jdbc.sql("SELECT count(*) FROM missing_episode WHERE area_id = :area"
                        + " AND started_at >= CAST(:from AS timestamp) AT TIME ZONE 'Europe/London'"
                        + " AND started_at < CAST(:to AS timestamp) AT TIME ZONE 'Europe/London'")
                .param("area", area)
                .param("from", period.from())
                .param("to", period.toExclusive())
                .query(Long.class)
                .single();
        String shownChildren =
                page.select("tr[data-measure=cases.children-new] td").first().text();
        String shownEpisodes =
                page.select("tr[data-measure=missing.episodes] td").first().text();
        Report.line(String.format(
                "recount area %d %s: children identified %s on the page, %d recounted; episodes %s, %d",
                area, period.label(), shownChildren, children, shownEpisodes, episodes));
        assertThat(shownChildren).isEqualTo(String.valueOf(children));
        assertThat(shownEpisodes).isEqualTo(String.valueOf(episodes));
    }

    private long value(String column, String table, long userId) {
        return jdbc.sql("SELECT " + column + " FROM " + table + " WHERE "
                        + (table.equals("user_area") ? "user_id" : "id") + " = :id LIMIT 1")
                .param("id", userId)
                .query(Long.class)
                .single();
    }
}
