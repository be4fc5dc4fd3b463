package app.haven.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads meetings and their attendance. */
@Service
class MeetingQueries {

    static final String MEETING = """
            SELECT m.*, g.name AS group_name, t.label AS type_label, t.satisfies, u.display_name AS chair_name
              FROM meeting m JOIN meeting_group g ON g.id = m.group_id JOIN meeting_type t ON t.code = m.type_code
              JOIN user_account u ON u.id = m.chair_user_id
            """;

    private final JdbcClient jdbc;

    MeetingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<MeetingView> find(long meetingId) {
        return jdbc.sql(MEETING + " WHERE m.id = :id")
                .param("id", meetingId)
                .query((rs, row) -> view(rs))
                .optional();
    }

    /** A group's meetings, latest first. */
    List<MeetingView> ofGroup(long groupId) {
        return jdbc.sql(MEETING + " WHERE m.group_id = :group ORDER BY m.starts_at DESC, m.id DESC LIMIT 60")
                .param("group", groupId)
                .query((rs, row) -> view(rs))
                .list();
    }

    List<AttendanceRow> attendance(long meetingId) {
        return jdbc.sql("""
                        SELECT a.agency_id, ag.name, a.status, coalesce(a.names, '') FROM meeting_attendance a
                          JOIN agency ag ON ag.id = a.agency_id WHERE a.meeting_id = :meeting ORDER BY ag.name
                        """)
                .param("meeting", meetingId)
                .query((rs, row) -> new AttendanceRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    static MeetingView view(ResultSet rs) throws SQLException {
        Timestamp built = rs.getTimestamp("agenda_built_at");
        return new MeetingView(
                rs.getLong("id"),
                rs.getLong("group_id"),
                rs.getString("group_name"),
                rs.getString("type_code"),
                rs.getString("type_label"),
                Optional.ofNullable(rs.getString("satisfies")),
                Optional.ofNullable((Long) rs.getObject("area_id", Long.class)),
                Optional.ofNullable((Long) rs.getObject("child_id", Long.class)),
                rs.getTimestamp("starts_at").toInstant(),
                Optional.ofNullable(rs.getString("place")),
                rs.getBoolean("online"),
                rs.getLong("chair_user_id"),
                rs.getString("chair_name"),
                rs.getString("status").equals("HELD"),
                rs.getTimestamp("period_from").toInstant(),
                Optional.ofNullable(built).map(Timestamp::toInstant),
                rs.getInt("version"));
    }
}
