package app.haven.cases;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads cases and their history for the pages. */
@Service
class CaseQueries {

    private static final String CASE = """
            SELECT c.*, ar.name AS area_name, lead.display_name AS lead_name, opener.display_name AS opener_name,
                   ARRAY(SELECT model_code FROM case_cse_model m JOIN cse_model cm ON cm.code = m.model_code
                          WHERE m.case_id = c.id ORDER BY cm.position) AS models,
                   ARRAY(SELECT factor_code FROM case_cin_factor f JOIN cin_factor cf ON cf.code = f.factor_code
                          WHERE f.case_id = c.id ORDER BY cf.position) AS factors
              FROM child_case c JOIN area ar ON ar.id = c.area_id
              JOIN user_account lead ON lead.id = c.lead_user_id JOIN user_account opener ON opener.id = c.opened_by
            """;

    private final JdbcClient jdbc;

    CaseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CaseView> find(long caseId) {
        return jdbc.sql(CASE + " WHERE c.id = :id")
                .param("id", caseId)
                .query((rs, row) -> view(rs))
                .optional();
    }

    /** A child's cases (across their merged records), the open one first, then newest. */
    List<CaseView> forChild(List<Long> childRecordIds) {
        return jdbc.sql(CASE + " WHERE c.child_id IN (:ids) ORDER BY c.status = 'OPEN' DESC, c.opened_at DESC")
                .param("ids", childRecordIds)
                .query((rs, row) -> view(rs))
                .list();
    }

    CaseHistory history(long caseId) {
        List<CaseHistory.StatusChange> changes = jdbc.sql("""
                        SELECT s.status, s.reason, u.display_name, s.changed_at FROM case_status_change s
                          JOIN user_account u ON u.id = s.changed_by WHERE s.case_id = :case ORDER BY s.changed_at, s.id
                        """)
                .param("case", caseId)
                .query((rs, row) -> new CaseHistory.StatusChange(
                        switch (rs.getString(1)) {
                            case "OPENED" -> "Put on the register";
                            case "CLOSED" -> "Closed";
                            default -> "Reopened";
                        },
                        text(rs.getString(2)),
                        rs.getString(3),
                        when(rs.getTimestamp(4))))
                .list();
        List<CaseHistory.Review> reviews = jdbc.sql("""
                        SELECT r.*, u.display_name FROM case_review r JOIN user_account u ON u.id = r.recorded_by
                         WHERE r.case_id = :case ORDER BY r.held_on, r.id
                        """)
                .param("case", caseId)
                .query((rs, row) -> new CaseHistory.Review(
                        rs.getLong("id"),
                        CaseDates.format(rs.getDate("held_on").toLocalDate()),
                        CaseDates.format(rs.getDate("due_on").toLocalDate()),
                        rs.getString("progress"),
                        text(rs.getString("band_label")),
                        CaseChoices.label(CaseChoices.DECISIONS, rs.getString("decision")),
                        date(rs.getDate("next_review_on")),
                        rs.getString("display_name")))
                .list();
        List<CaseHistory.Closure> closures = jdbc.sql("""
                        SELECT c.*, r.display_name AS requester, d.display_name AS decider FROM case_closure c
                          JOIN user_account r ON r.id = c.requested_by LEFT JOIN user_account d ON d.id = c.decided_by
                         WHERE c.case_id = :case ORDER BY c.requested_at, c.id
                        """)
                .param("case", caseId)
                .query((rs, row) -> closure(rs))
                .list();
        List<CaseHistory.Audit> audits = jdbc.sql("""
                        SELECT a.*, u.display_name FROM case_file_audit a JOIN user_account u ON u.id = a.audited_by
                         WHERE a.case_id = :case ORDER BY a.audited_at, a.id
                        """)
                .param("case", caseId)
                .query((rs, row) -> new CaseHistory.Audit(
                        rs.getLong("id"),
                        CaseChoices.label(CaseChoices.GRADES, rs.getString("grade")),
                        rs.getString("findings"),
                        text(rs.getString("actions")),
                        rs.getString("display_name"),
                        when(rs.getTimestamp("audited_at"))))
                .list();
        return new CaseHistory(changes, reviews, closures, audits);
    }

    static CaseHistory.Closure closure(ResultSet rs) throws SQLException {
        return new CaseHistory.Closure(
                rs.getLong("id"),
                CaseChoices.label(CaseChoices.OUTCOMES, rs.getString("outcome")),
                CaseChoices.label(CaseChoices.CLOSURE_REASONS, rs.getString("reason")),
                rs.getString("summary"),
                rs.getString("requester"),
                when(rs.getTimestamp("requested_at")),
                rs.getString("status"),
                text(rs.getString("decider")),
                text(rs.getString("decision_note")));
    }

    private static CaseView view(ResultSet rs) throws SQLException {
        int rank = rs.getInt("band_rank");
        boolean unbanded = rs.wasNull();
        return new CaseView(
                rs.getLong("id"),
                rs.getLong("child_id"),
                rs.getLong("area_id"),
                rs.getString("area_name"),
                rs.getString("status").equals("OPEN"),
                rs.getDate("opened_on").toLocalDate(),
                rs.getString("opener_name"),
                Optional.ofNullable(rs.getString("opening_reason")),
                Optional.of(rs.getLong("screening_id")).filter(id -> id != 0),
                rs.getLong("lead_user_id"),
                rs.getString("lead_name"),
                Optional.ofNullable(rs.getString("band_label")),
                unbanded ? Optional.empty() : Optional.of(rank),
                Optional.ofNullable(rs.getDate("last_screened_on")).map(Date::toLocalDate),
                rs.getBoolean("child_protection"),
                rs.getDate("next_review_on").toLocalDate(),
                rs.getDate("planning_meeting_due_on").toLocalDate(),
                Optional.ofNullable(rs.getDate("planning_meeting_held_on")).map(Date::toLocalDate),
                Optional.ofNullable(rs.getDate("closed_on")).map(Date::toLocalDate),
                rs.getInt("version"),
                strings(rs.getArray("models")),
                strings(rs.getArray("factors")));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    static String when(Timestamp at) {
        return at == null ? "" : Plans.WHEN.format(at.toInstant().atZone(ZoneId.of("Europe/London")));
    }

    private static String date(Date date) {
        return date == null ? "" : CaseDates.format(date.toLocalDate());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
