package app.haven.meetings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The partnership's meeting settings (table {@code meeting_setting}): quorum, the High rank, escalation grace. Read
 * fresh each time (a settings page changes them; no node keeps a copy).
 */
@Service
class MeetingSettings {

    /** Agencies present for a quorum; the band rank treated as High; days overdue before each escalation. */
    record Values(int quorumAgencies, int highBandRank, int managerGraceDays, int chairGraceDays) {}

    private final JdbcClient jdbc;

    MeetingSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version of the settings, for a form to save against. */
    int version() {
        return jdbc.sql("SELECT version FROM meeting_setting")
                .query(Integer.class)
                .single();
    }

    /** Saves new settings if nobody changed them since {@code expectedVersion} was read; false on a conflict. */
    boolean save(Values values, int expectedVersion) {
        return jdbc.sql("""
                        UPDATE meeting_setting SET quorum_agencies = :quorum, high_band_rank = :high,
                               manager_grace_days = :manager, chair_grace_days = :chair, version = version + 1
                         WHERE version = :version
                        """)
                        .param("quorum", values.quorumAgencies())
                        .param("high", values.highBandRank())
                        .param("manager", values.managerGraceDays())
                        .param("chair", values.chairGraceDays())
                        .param("version", expectedVersion)
                        .update()
                == 1;
    }

    Values current() {
        return jdbc.sql("SELECT quorum_agencies, high_band_rank, manager_grace_days, chair_grace_days FROM"
                        + " meeting_setting")
                .query((rs, row) -> new Values(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .single();
    }
}
