package app.haven.cases;

import app.haven.platform.MissingCounts;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The register's share of a multi-agency meeting's agenda: the open cases of an area that the group should discuss,
 * each with the reasons. One query over the area's open cases (index {@code child_case_area_open_idx}), with the
 * missing episodes of the period joined per case. It does not check access: the meeting shows each child only to
 * readers who may open them.
 */
@Service
public class RegisterAgenda {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** An open case to discuss, and why: each flag is one of the agenda's sources. */
    public record AgendaCase(
            long caseId,
            long childId,
            Optional<String> bandLabel,
            boolean newCase,
            boolean highBand,
            boolean reviewOverdue,
            boolean noPlanningMeeting,
            boolean missingInPeriod) {}

    private final JdbcClient jdbc;
    private final MissingCounts missing;

    RegisterAgenda(JdbcClient jdbc, MissingCounts missing) {
        this.jdbc = jdbc;
        this.missing = missing;
    }

    /**
     * Open cases of the area that are new since {@code since}, at or above the High rank, overdue for review on the
     * day of {@code now}, still waiting for their planning meeting, or whose child went missing in the period.
     */
    public List<AgendaCase> forArea(long areaId, Instant since, Instant now, int highRank) {
        Map<String, Object> params = new HashMap<>(missing.periodParameters(since, now));
        params.put("area", areaId);
        params.put("since", Timestamp.from(since));
        params.put("high", highRank);
        params.put("today", Date.valueOf(LocalDate.ofInstant(now, LONDON)));
        return jdbc.sql("""
                        SELECT c.id, c.child_id, c.band_label, c.opened_at >= :since AS new_case,
                               coalesce(c.band_rank >= :high, false) AS high, c.next_review_on < :today AS overdue,
                               c.planning_meeting_held_on IS NULL AS no_planning, mi.missing_in_period > 0 AS missing
                          FROM child_case c""" + missing.periodJoin("c.child_id", "mi") + """
                         WHERE c.area_id = :area AND c.status = 'OPEN'
                           AND (c.opened_at >= :since OR c.band_rank >= :high OR c.next_review_on < :today
                                OR c.planning_meeting_held_on IS NULL OR mi.missing_in_period > 0)
                         ORDER BY c.band_rank DESC NULLS LAST, c.next_review_on, c.id
                        """)
                .params(params)
                .query((rs, row) -> new AgendaCase(
                        rs.getLong("id"),
                        rs.getLong("child_id"),
                        Optional.ofNullable(rs.getString("band_label")),
                        rs.getBoolean("new_case"),
                        rs.getBoolean("high"),
                        rs.getBoolean("overdue"),
                        rs.getBoolean("no_planning"),
                        rs.getBoolean("missing")))
                .list();
    }
}
