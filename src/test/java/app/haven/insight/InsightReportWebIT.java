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

    @Test
    void theProblemProfilePrintsTheAreasHotSpotsPersonsOfConcernAndThemesAudited() throws Exception {
        long area = built.area();
        long by = built.coordinator().id();
        long adult = jdbc.sql("INSERT INTO person (kind, date_of_birth, sex, area_id, created_at)"
                        + " VALUES ('ADULT', DATE '1990-01-01', 'MALE', :area, now()) RETURNING id")
                .param("area", area)
                .query(Long.class)
                .single();
        long suspect = entity("PERSON", "Profiled adult", adult, false, "SUSPECTED_PERPETRATOR", area, by);
        long park = entity("LOCATION", "Fixture park by the canal", null, false, null, area, by);
        long childA = entity("PERSON", "Child A", built.a(), true, null, area, by);
        long childB = entity("PERSON", "Child B", built.b(), true, null, area, by);
        link(suspect, childA, 1, area, by);
        link(suspect, childB, 2, area, by);
        link(park, childA, 3, area, by);
        link(park, childB, 4, area, by);
        long before = lastAudit();

        MockHttpServletResponse pdf =
                response(built.coordinator(), "/insight/profile.pdf?area=" + area + "&period=2016-17");

        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(audited(before)).containsExactly("print");
        String text = pdfText(pdf.getContentAsByteArray());
        assertThat(text)
                .contains("Problem profile")
                .contains("Fixture park by the canal")
                .contains("Suspected perpetrator 27 Male 2 2")
                .contains("More than one model")
                .doesNotContain("Profiled adult");
        assertThat(response(built.coordinator(), "/insight/profile.pdf?area=all&period=2016-17")
                        .getStatus())
                .isEqualTo(400);
        assertThat(response(built.coordinator(), "/insight/profile.pdf?area=" + area + "&period=2016-18")
                        .getStatus())
                .isEqualTo(400);
    }

    private long entity(String kind, String label, Long person, boolean child, String role, long area, long by) {
        return jdbc.sql("""
                        INSERT INTO intel_entity (kind, area_id, label, match_key, person_id, is_child, concern_role,
                               recorded_by, recorded_at)
                        VALUES (:kind, :area, :label, :key, :person, :child, :role, :by, now()) RETURNING id
                        """)
                .param("kind", kind)
                .param("area", area)
                .param("label", label)
                .param("key", "profile:" + UUID.randomUUID())
                .param("person", person)
                .param("child", child)
                .param("role", role)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    private void link(long from, long to, long episode, long area, long by) {
        jdbc.sql("""
                        INSERT INTO intel_link (from_entity, to_entity, link_type, valid_from, confidence, evidence_kind,
                               evidence_id, grade_rank, restricted, area_id, recorded_by, recorded_at)
                        VALUES (:from, :to, 'ASSOCIATES_WITH', DATE '2016-06-01', 'MEDIUM', 'MISSING_EPISODE', :episode,
                                0, false, :area, :by, now())
                        """)
                .param("from", from)
                .param("to", to)
                .param("episode", episode)
                .param("area", area)
                .param("by", by)
                .update();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(page));
        }
        return text.toString().replaceAll("\\s+", " ");
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
