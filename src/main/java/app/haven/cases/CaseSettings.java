package app.haven.cases;

import app.haven.platform.Remembered;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The partnership's register settings (table {@code case_setting}) and review cadences. */
@Service
class CaseSettings {

    /** The settings as stored; {@code cadenceWeeks} maps band rank to weeks between reviews. */
    record Values(
            int thresholdRank,
            int planningMeetingDays,
            int reviewNoticeDays,
            int transitionAgeMonths,
            int teamAccessDays,
            Map<Integer, Integer> cadenceWeeks,
            int version) {

        /** Weeks to the next review for a band rank; an unbanded case takes the lowest band's cadence. */
        int weeksFor(Integer bandRank) {
            int rank = bandRank == null ? 1 : bandRank;
            return cadenceWeeks.getOrDefault(
                    rank, cadenceWeeks.values().stream().max(Integer::compare).orElse(12));
        }
    }

    private final JdbcClient jdbc;
    // Read by every register page and case change; a change on another node shows within ten seconds.
    private final Remembered<Values> remembered;

    CaseSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.remembered = new Remembered<>(java.time.Duration.ofSeconds(10), this::read);
    }

    Values current() {
        return remembered.get();
    }

    /** The settings as stored now, for the page that changes them (never a remembered copy). */
    Values fresh() {
        remembered.forget();
        return remembered.get();
    }

    private Values read() {
        Map<Integer, Integer> cadence = new TreeMap<>();
        jdbc.sql("SELECT band_rank, weeks FROM review_cadence").query(rs -> {
            cadence.put(rs.getInt(1), rs.getInt(2));
        });
        return jdbc.sql("SELECT * FROM case_setting")
                .query((rs, row) -> new Values(
                        rs.getInt("register_threshold_rank"),
                        rs.getInt("planning_meeting_days"),
                        rs.getInt("review_notice_days"),
                        rs.getInt("transition_age_months"),
                        rs.getInt("team_access_days"),
                        Map.copyOf(cadence),
                        rs.getInt("version")))
                .single();
    }

    /** Saves new settings if nobody changed them since {@code expectedVersion} was read; false on a conflict. */
    @Transactional
    boolean save(Values values, int expectedVersion) {
        int updated = jdbc.sql("""
                        UPDATE case_setting SET register_threshold_rank = :threshold, planning_meeting_days = :meeting,
                               review_notice_days = :notice, transition_age_months = :transition,
                               team_access_days = :access, version = version + 1
                         WHERE version = :version
                        """)
                .param("threshold", values.thresholdRank())
                .param("meeting", values.planningMeetingDays())
                .param("notice", values.reviewNoticeDays())
                .param("transition", values.transitionAgeMonths())
                .param("access", values.teamAccessDays())
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            return false;
        }
        values.cadenceWeeks()
                .forEach((rank, weeks) ->
                        jdbc.sql("""
                        INSERT INTO review_cadence (band_rank, weeks) VALUES (:rank, :weeks)
                        ON CONFLICT (band_rank) DO UPDATE SET weeks = EXCLUDED.weeks
                        """).param("rank", rank).param("weeks", weeks).update());
        forgetAfterCommit();
        return true;
    }

    /** Once the change is committed (not before, or another request could remember the old values again). */
    private void forgetAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    remembered.forget();
                }
            });
        } else {
            remembered.forget();
        }
    }
}
