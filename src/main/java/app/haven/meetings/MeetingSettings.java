package app.haven.meetings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The partnership's meeting settings (table {@code meeting_setting}): quorum, the High rank, escalation grace. */
@Service
class MeetingSettings {

    /** Agencies present for a quorum; the band rank treated as High; days overdue before each escalation. */
    record Values(int quorumAgencies, int highBandRank, int managerGraceDays, int chairGraceDays) {}

    private final JdbcClient jdbc;

    MeetingSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Values current() {
        return jdbc.sql("SELECT quorum_agencies, high_band_rank, manager_grace_days, chair_grace_days FROM"
                        + " meeting_setting")
                .query((rs, row) -> new Values(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .single();
    }
}
