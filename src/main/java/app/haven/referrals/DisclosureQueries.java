package app.haven.referrals;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reading disclosures; the caller checks the reader may open the child's record. */
@Repository
class DisclosureQueries {

    private static final String SELECT = """
            SELECT d.*, k.label AS kind_label, pr.label AS response_label, u.display_name AS recorded_name
              FROM disclosure d
              JOIN disclosure_kind k ON k.code = d.kind_code
              LEFT JOIN police_response_kind pr ON pr.code = d.response_code
              JOIN user_account u ON u.id = d.recorded_by
            """;

    private final JdbcClient jdbc;

    DisclosureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DisclosureView> find(long id) {
        return jdbc.sql(SELECT + " WHERE d.id = :id")
                .param("id", id)
                .query(DisclosureQueries::view)
                .optional();
    }

    List<DisclosureView> forChild(List<Long> records) {
        return jdbc.sql(SELECT + " WHERE d.child_id IN (:records) ORDER BY d.disclosed_at DESC, d.id DESC")
                .param("records", records)
                .query(DisclosureQueries::view)
                .list();
    }

    static DisclosureView view(ResultSet rs, int row) throws SQLException {
        return new DisclosureView(
                rs.getLong("id"),
                rs.getLong("child_id"),
                rs.getLong("area_id"),
                Optional.ofNullable(rs.getString("source")),
                rs.getString("disclosed_by"),
                rs.getString("disclosed_to"),
                rs.getTimestamp("disclosed_at").toInstant(),
                Optional.ofNullable(rs.getString("place")),
                rs.getString("words"),
                rs.getBoolean("verbatim"),
                Optional.ofNullable(rs.getObject("about_person_id", Long.class)),
                Optional.ofNullable(rs.getString("about_description")),
                rs.getString("kind_label"),
                Optional.ofNullable(rs.getTimestamp("passed_to_police_at")).map(Timestamp::toInstant),
                Optional.ofNullable(rs.getString("passed_by")),
                Optional.ofNullable(rs.getString("police_reference")),
                Optional.ofNullable(rs.getDate("response_due_on")).map(Date::toLocalDate),
                Optional.ofNullable(rs.getString("response_label")),
                Optional.ofNullable(rs.getDate("response_on")).map(Date::toLocalDate),
                Optional.ofNullable(rs.getString("response_reason")),
                rs.getString("recorded_name"),
                rs.getInt("version"));
    }
}
