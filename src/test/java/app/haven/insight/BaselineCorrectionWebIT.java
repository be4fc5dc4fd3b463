package app.haven.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.haven.identity.TestAccounts;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Correcting a baseline figure: the analyst gives the right figure, its source and what was wrong; the figure and
 * source replaced stay listed and the correction is audited; bad input and a save from an out-of-date page save
 * nothing and keep what was typed; only those who manage baselines may correct one.
 */
class BaselineCorrectionWebIT extends InsightPagesTest {

    @Test
    void anAnalystCorrectsAWrongBaselineKeepingTheFigureAndSourceItReplacedAudited() throws Exception {
        long id = baseline("2010-11", 200, "Typed from the 2011/12 table");
        Document form = Jsoup.parse(response(analyst, path(id)).getContentAsString());
        assertThat(form.getElementById("count").val()).isEqualTo("200");
        assertThat(form.getElementById("no-corrections")).isNotNull();
        long before = lastAudit();

        MockHttpServletResponse saved = correct(
                analyst,
                id,
                0,
                "212",
                "Pan Cheshire return 2010/11, table 3",
                "Typed" + " from the wrong year's table");

        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/insight/baselines");
        assertThat(stored(id))
                .containsEntry("count", 212L)
                .containsEntry("source", "Pan Cheshire return 2010/11, table 3")
                .containsEntry("version", 1);
        assertThat(jdbc.sql("SELECT action || ' ' || subject_type || ' ' || subject_id FROM audit_event WHERE id > :id")
                        .param("id", before)
                        .query(String.class)
                        .list())
                .containsExactly("update insight-baseline " + id);
        Document after = Jsoup.parse(response(analyst, path(id)).getContentAsString());
        assertThat(after.getElementById("corrections-table").text())
                .contains("200")
                .contains("Typed from the 2011/12 table")
                .contains("Typed from the wrong year's table");
    }

    @Test
    void aCorrectionFromAnOutOfDatePageSavesNothingAndKeepsWhatWasTyped() throws Exception {
        long id = baseline("2009-10", 50, "First source");
        assertThat(correct(analyst, id, 0, "55", "Second source", "First fix").getStatus())
                .isEqualTo(302);

        MockHttpServletResponse stale = correct(analyst, id, 0, "60", "Third source", "Second fix");

        assertThat(stale.getStatus()).isEqualTo(409);
        Document page = Jsoup.parse(stale.getContentAsString());
        assertThat(page.select(".govuk-error-summary").text())
                .contains("Someone corrected this baseline while you were editing it")
                .contains("55");
        assertThat(page.getElementById("count").val()).isEqualTo("60");
        assertThat(page.getElementById("reason").val()).isEqualTo("Second fix");
        assertThat(page.select("input[name=version]").val()).isEqualTo("1");
        assertThat(stored(id)).containsEntry("count", 55L).containsEntry("version", 1);
        assertThat(corrections(id)).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWithWhatWasTypedAndOnlyThoseWhoManageBaselinesMayCorrect() throws Exception {
        long id = baseline("2008-09", 70, "A source");

        MockHttpServletResponse refused = correct(analyst, id, 0, "seventy", "", "");

        assertThat(refused.getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select(".govuk-error-summary").text())
                .contains("Count must be a whole number")
                .contains("Enter where the figure comes from")
                .contains("Enter what was wrong with the figure");
        assertThat(page.getElementById("count").val()).isEqualTo("seventy");
        assertThat(stored(id)).containsEntry("count", 70L).containsEntry("version", 0);
        assertThat(correct(built.coordinator(), id, 0, "71", "B", "C").getStatus())
                .isEqualTo(403);
        assertThat(response(built.coordinator(), path(id)).getStatus()).isEqualTo(403);
        assertThat(response(analyst, path(-1)).getStatus()).isEqualTo(404);
        assertThat(corrections(id)).isZero();
    }

    private long baseline(String period, long count, String source) {
        return jdbc.sql("""
                        INSERT INTO insight_baseline (measure_code, category, area_id, period_code, count, source, entered_at)
                        VALUES ('missing.repeat-children', '', :area, :period, :count, :source, now()) RETURNING id
                        """)
                .param("area", built.area())
                .param("period", period)
                .param("count", count)
                .param("source", source)
                .query(Long.class)
                .single();
    }

    private static String path(long id) {
        return "/insight/baselines/correct?id=" + id;
    }

    private MockHttpServletResponse correct(
            TestAccounts.Account as, long id, int version, String count, String source, String reason)
            throws Exception {
        return mvc.perform(post(path(id))
                        .with(user(accounts.principal(as)))
                        .with(csrf())
                        .param("_submission", UUID.randomUUID().toString())
                        .param("version", String.valueOf(version))
                        .param("count", count)
                        .param("percent", "")
                        .param("source", source)
                        .param("reason", reason))
                .andReturn()
                .getResponse();
    }

    private Map<String, Object> stored(long id) {
        return jdbc.sql("SELECT count, source, version FROM insight_baseline WHERE id = :id")
                .param("id", id)
                .query()
                .singleRow();
    }

    private long corrections(long id) {
        return jdbc.sql("SELECT count(*) FROM insight_baseline_correction WHERE baseline_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }
}
