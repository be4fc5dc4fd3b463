package app.haven.screening;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's screening settings (table {@code screening_setting}), data an administrator changes: when a
 * strategy discussion is due after a child protection trigger, and the longest wait before screening again after a
 * trigger or "not known" answers. Read fresh each time: they are read only when a screening is submitted.
 */
@Service
class ScreeningSettings {

    /** The settings as stored. */
    record Values(
            int strategyDiscussionWorkingDays, int triggerRescreenWeeks, int notKnownRescreenWeeks, int version) {}

    private final JdbcClient jdbc;

    ScreeningSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Values current() {
        return jdbc.sql("SELECT * FROM screening_setting")
                .query((rs, row) -> new Values(
                        rs.getInt("strategy_discussion_working_days"),
                        rs.getInt("trigger_rescreen_weeks"),
                        rs.getInt("not_known_rescreen_weeks"),
                        rs.getInt("version")))
                .single();
    }

    /** Saves new settings if nobody changed them since {@code expectedVersion} was read; empty on a conflict. */
    @Transactional
    Optional<Values> save(Values values, int expectedVersion) {
        int updated = jdbc.sql("""
                        UPDATE screening_setting SET strategy_discussion_working_days = :days,
                               trigger_rescreen_weeks = :trigger, not_known_rescreen_weeks = :notKnown,
                               version = version + 1
                         WHERE version = :version
                        """)
                .param("days", values.strategyDiscussionWorkingDays())
                .param("trigger", values.triggerRescreenWeeks())
                .param("notKnown", values.notKnownRescreenWeeks())
                .param("version", expectedVersion)
                .update();
        return updated == 1 ? Optional.of(current()) : Optional.empty();
    }
}
