package app.haven.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.haven.identity.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The annual strategy report's sentences for a known dataset, its PDF, the baselines page (entered with a source by
 * those who manage them, bad input refused with nothing saved) and the partnership dataset's CSV (case-level users,
 * children in scope, one row each).
 */
class InsightReportWebIT extends InsightPagesTest {

    @Test
    void theReportWritesTheStrategysSentencesForTheAreaAndYear() throws Exception {
        Document page = Jsoup.parse(
                response(built.coordinator(), "/insight/report?period=2016-17").getContentAsString());

        assertThat(page.select("#report-sentences li").eachText())
                .contains(
                        "10 children identified at risk in 2016/17 compared with fewer than 6 in 2015/16.",
                        "Fewer than 6 disclosures made during support, of which fewer than 6 led to police action.",
                        "Fewer than 6 missing episodes began in 2016/17; fewer than 6 children went missing"
                                + " repeatedly.");
    }

    @Test
    void theReportPrintsAsAnAuditedPdf() throws Exception {
        long before = lastAudit();

        MockHttpServletResponse pdf = response(built.coordinator(), "/insight/report.pdf?period=2016-17");

        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(audited(before)).containsExactly("print");
    }

    @Test
    void aBaselineIsEnteredWithItsSourceAndBadInputSavesNothing() throws Exception {
        long baselines = count();

        MockHttpServletResponse refused = postBaseline(analyst, "cases.children-new", "2013-15", "158", "");
        assertThat(refused.getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select(".govuk-error-summary").text())
                .contains("Enter a period that exists")
                .contains("Enter where the figure comes from");
        assertThat(page.getElementById("period").val()).isEqualTo("2013-15");
        assertThat(count()).isEqualTo(baselines);

        MockHttpServletResponse added =
                postBaseline(analyst, "missing.episodes", "2013-14", "212", "Pan Cheshire missing return 2013/14");
        assertThat(added.getStatus()).isEqualTo(302);
        assertThat(count()).isEqualTo(baselines + 1);
        assertThat(Jsoup.parse(response(analyst, "/insight/baselines").getContentAsString())
                        .getElementById("baselines-table")
                        .text())
                .contains("Pan Cheshire missing return 2013/14")
                .contains("158");
        assertThat(postBaseline(built.coordinator(), "missing.episodes", "2014-15", "1", "x")
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void theDatasetHasOneRowPerChildInScopeUnderAReferenceAndOnlyCaseLevelUsersExportIt() throws Exception {
        MockHttpServletResponse csv = response(built.coordinator(), "/insight/dataset.csv?period=2016-17");

        List<String> lines = csv.getContentAsString().lines().toList();
        assertThat(lines.get(0)).startsWith("reference,period,cases.children-new,");
        assertThat(lines).hasSize(1 + 11);
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.matches("R[0-9a-f]{16},2016-17,.*"));
        assertThat(csv.getContentAsString()).doesNotContain("Ada");
        assertThat(response(analyst, "/insight/dataset.csv?period=2016-17").getStatus())
                .isEqualTo(403);
        assertThat(Jsoup.parse(response(analyst, "/insight/dataset").getContentAsString())
                        .getElementById("dictionary")
                        .text())
                .contains("cases.children-new.by-band")
                .contains("missing.episodes");
    }

    private MockHttpServletResponse postBaseline(
            TestAccounts.Account as, String measure, String period, String count, String source) throws Exception {
        return mvc.perform(post("/insight/baselines")
                        .with(user(accounts.principal(as)))
                        .with(csrf())
                        .param("_submission", UUID.randomUUID().toString())
                        .param("measure", measure)
                        .param("category", "")
                        .param("area", "all")
                        .param("period", period)
                        .param("count", count)
                        .param("percent", "")
                        .param("source", source))
                .andReturn()
                .getResponse();
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM insight_baseline")
                .query(Long.class)
                .single();
    }

    private List<String> audited(long since) {
        return jdbc.sql("SELECT action FROM audit_event WHERE id > :id ORDER BY id")
                .param("id", since)
                .query(String.class)
                .list();
    }
}
