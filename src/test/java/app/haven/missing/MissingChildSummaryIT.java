package app.haven.missing;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.cases.CaseFixtures;
import app.haven.identity.TestAccounts;
import app.haven.platform.MissingCounts;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The per-child summary the register's missing counts read (V320) follows every write to the episodes, however made,
 * and the counts read from it agree with counting the episodes themselves, at the edges of the windows too.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MissingChildSummaryIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CaseFixtures cases;

    @Autowired
    MissingFixtures fixtures;

    @Autowired
    MissingCounts counts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSummaryFollowsReportsReturnsMovesAndDeletions() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        long child = cases.child(coordinator, "Seren");
        long other = cases.child(coordinator, "Tegwen");
        Instant t = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        assertThat(starts(child)).isEmpty();

        fixtures.report(mvc, coordinator, child, t.minus(Duration.ofDays(40)));
        assertThat(openSince(child)).isEqualTo(t.minus(Duration.ofDays(40)));
        fixtures.recordReturn(mvc, coordinator, fixtures.latestEpisode(child), t.minus(Duration.ofDays(39)));
        assertThat(openSince(child)).isNull();
        fixtures.report(mvc, coordinator, child, t.minus(Duration.ofDays(2)));
        assertThat(starts(child)).containsExactly(t.minus(Duration.ofDays(40)), t.minus(Duration.ofDays(2)));
        assertThat(openSince(child)).isEqualTo(t.minus(Duration.ofDays(2)));

        // A statement that moves episodes between children (as a merge does) refreshes both.
        jdbc.sql("UPDATE missing_episode SET child_id = :other WHERE child_id = :child AND ended_at IS NOT NULL")
                .param("other", other)
                .param("child", child)
                .update();
        assertThat(starts(child)).containsExactly(t.minus(Duration.ofDays(2)));
        assertThat(starts(other)).containsExactly(t.minus(Duration.ofDays(40)));

        // And a deletion (an episode imported by mistake, removed by an administrator) removes the summary.
        long imported = cases.child(coordinator, "Gwenllian");
        insertEpisode(imported, coordinator.id(), t.minus(Duration.ofDays(3)), false);
        assertThat(starts(imported)).containsExactly(t.minus(Duration.ofDays(3)));
        jdbc.sql("DELETE FROM missing_episode WHERE child_id = :imported")
                .param("imported", imported)
                .update();
        assertThat(summaryRows(imported)).isZero();
    }

    @Test
    void countsFromTheSummaryIncludeAnEpisodeStartedAtTheWindowsOpeningAndNotOneAMomentBefore() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        long child = cases.child(coordinator, "Ceinwen");
        Instant minute = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        Instant opening90 = minute.minus(Duration.ofDays(90));
        Instant opening30 = minute.minus(Duration.ofDays(30));
        // Straight into the table (as an import would): one a microsecond before the 90-day window, one at its
        // opening, one a microsecond before the 30-day window and one at its opening, then one open now.
        for (Instant start : List.of(
                opening90.minusNanos(1_000),
                opening90,
                opening30.minusNanos(1_000),
                opening30,
                minute.minus(Duration.ofHours(1)))) {
            insertEpisode(child, coordinator.id(), start, start.equals(minute.minus(Duration.ofHours(1))));
        }

        Map<String, Object> params = new HashMap<>(counts.parameters(minute.plusSeconds(30)));
        params.put("child", child);
        Map<String, Object> read = jdbc.sql("SELECT mc.missing_30, mc.missing_90, mc.missing_now FROM (SELECT"
                        + " CAST(:child AS bigint) AS child_id) c" + counts.countsJoin("c.child_id", "mc"))
                .params(params)
                .query()
                .singleRow();
        assertThat(read.get("missing_30")).isEqualTo(2);
        assertThat(read.get("missing_90")).isEqualTo(4);
        assertThat(read.get("missing_now")).isEqualTo(true);

        // Back home: "missing now" is then NULL rather than false, so a filter on it is strict and the register's
        // join with the summary can be an inner one read from missing_child_summary_open_idx (V360).
        jdbc.sql("UPDATE missing_episode SET ended_at = started_at + interval '1 hour',"
                        + " return_recorded_by = recorded_by, return_recorded_at = started_at + interval '1 hour'"
                        + " WHERE child_id = :child AND ended_at IS NULL")
                .param("child", child)
                .update();
        Map<String, Object> back = jdbc.sql("SELECT mc.missing_90, mc.missing_now FROM (SELECT"
                        + " CAST(:child AS bigint) AS child_id) c" + counts.countsJoin("c.child_id", "mc"))
                .params(params)
                .query()
                .singleRow();
        assertThat(back.get("missing_90")).isEqualTo(4);
        assertThat(back.get("missing_now"))
                .as("not missing now: NULL, not false")
                .isNull();

        long never = cases.child(coordinator, "Eirlys");
        params.put("child", never);
        Map<String, Object> none = jdbc.sql("SELECT mc.missing_90 FROM (SELECT CAST(:child AS bigint) AS child_id) c"
                        + counts.countsJoin("c.child_id", "mc"))
                .params(params)
                .query()
                .singleRow();
        assertThat(none.get("missing_90"))
                .as("a child never missing has no summary")
                .isNull();
    }

    private void insertEpisode(long child, long by, Instant start, boolean open) {
        jdbc.sql("""
                        INSERT INTO missing_episode (child_id, area_id, category, reported_by, reported_at, started_at,
                               ended_at, risk_grade, risk_reason, graded_by, looked_after, recorded_by, recorded_at,
                               return_recorded_by, return_recorded_at)
                        SELECT :child, p.area_id, 'MISSING', 'Carer', :start, :start, :ended, 'LOW', 'Seeded', 'PC Test',
                               false, :by, :start, :returnedBy, :ended
                          FROM person p WHERE p.id = :child
                        """)
                .param("child", child)
                .param("start", Timestamp.from(start))
                .param("ended", open ? null : Timestamp.from(start))
                .param("returnedBy", open ? null : by)
                .param("by", by)
                .update();
    }

    private List<Instant> starts(long child) {
        return jdbc
                .sql("SELECT unnest(starts) FROM missing_child_summary WHERE child_id = :child")
                .param("child", child)
                .query(Timestamp.class)
                .list()
                .stream()
                .map(Timestamp::toInstant)
                .toList();
    }

    private Instant openSince(long child) {
        Timestamp open = jdbc.sql("SELECT open_since FROM missing_child_summary WHERE child_id = :child")
                .param("child", child)
                .query(Timestamp.class)
                .optional()
                .orElse(null);
        return open == null ? null : open.toInstant();
    }

    private int summaryRows(long child) {
        return jdbc.sql("SELECT count(*) FROM missing_child_summary WHERE child_id = :child")
                .param("child", child)
                .query(Integer.class)
                .single();
    }
}
