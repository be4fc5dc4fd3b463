package app.haven.insight;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.bench.PageLoad;
import app.haven.bench.Report;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark's check that the board's figures equal a straightforward recount: for one area, the dashboard's
 * children identified at risk and missing episodes in a year and in its second quarter, and referrals to the
 * commissioned service in the year, each against a plain count of the table.
 */
final class InsightRecount {

    private final JdbcClient jdbc;
    private final PageLoad load;
    private final HttpClient client;

    InsightRecount(JdbcClient jdbc, PageLoad load, HttpClient client) {
        this.jdbc = jdbc;
        this.load = load;
        this.client = client;
    }

    void check(long area, Period year) throws Exception {
        for (Period period : new Period[] {year, new Period(year.startYear(), 2)}) {
            Document page = dashboard(1, area, period);
            compare(area, period, page, "cases.children-new", """
                    SELECT count(DISTINCT child_id) FROM child_case WHERE area_id = :area
                       AND opened_on >= :from AND opened_on < :to""");
            compare(area, period, page, "missing.episodes", """
                    SELECT count(*) FROM missing_episode WHERE area_id = :area
                       AND started_at >= CAST(:from AS timestamp) AT TIME ZONE 'Europe/London'
                       AND started_at < CAST(:to AS timestamp) AT TIME ZONE 'Europe/London'""");
        }
        compare(area, year, dashboard(3, area, year), "referrals.commissioned", """
                SELECT count(*) FROM referral r JOIN agency a ON a.id = r.to_agency_id
                 WHERE a.kind = 'COMMISSIONED_SERVICE' AND r.area_id = :area
                   AND r.sent_at >= CAST(:from AS timestamp) AT TIME ZONE 'Europe/London'
                   AND r.sent_at < CAST(:to AS timestamp) AT TIME ZONE 'Europe/London'""");
    }

    private Document dashboard(int priority, long area, Period period) throws Exception {
        return Jsoup.parse(client.send(
                        load.get("/insight?priority=" + priority + "&area=" + area + "&period=" + period.code()),
                        HttpResponse.BodyHandlers.ofString())
                .body());
    }

    private void compare(long area, Period period, Document page, String measure, String recount) {
        long counted = jdbc.sql(recount)
                .param("area", area)
                .param("from", period.from())
                .param("to", period.toExclusive())
                .query(Long.class)
                .single();
        String shown =
                page.select("tr[data-measure=" + measure + "] td").first().text();
        Report.line(String.format(
                "recount area %d %s %s: %s on the page, %d recounted", area, period.label(), measure, shown, counted));
        assertThat(shown).as(measure + " " + period.label()).isEqualTo(String.valueOf(counted));
    }
}
