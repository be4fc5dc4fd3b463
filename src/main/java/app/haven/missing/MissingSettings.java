package app.haven.missing;

import app.haven.platform.Remembered;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The partnership's missing settings (table {@code missing_setting}), with the defaults from domain reference §5.
 * Remembered for ten seconds, as the register's settings are: the coordinator's view read them twice per request.
 * Haven has no page that changes them; one changed in the database shows on every node within that time.
 */
@Service
class MissingSettings {

    /**
     * Hours to the return home interview; episodes in a window that make a child "repeat missing"; months after which
     * a Philomena profile is due for review.
     */
    record Values(int interviewHours, int repeatEpisodes, int repeatWindowDays, int philomenaReviewMonths) {}

    private final JdbcClient jdbc;
    private final Remembered<Values> remembered;

    MissingSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.remembered = new Remembered<>(Duration.ofSeconds(10), this::read);
    }

    Values current() {
        return remembered.get();
    }

    private Values read() {
        return jdbc.sql("""
                        SELECT interview_hours, repeat_episodes, repeat_window_days, philomena_review_months
                          FROM missing_setting
                        """)
                .query((rs, row) -> new Values(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .single();
    }
}
