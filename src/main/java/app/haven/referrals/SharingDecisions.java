package app.haven.referrals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reading the information-sharing log: a child's entries (the caller checked access). */
@Repository
class SharingDecisions {

    static final String SELECT = """
            SELECT s.*, ar.name AS area_name, coalesce(wa.name, s.with_whom) AS with_name, lb.label AS basis,
                   u.display_name AS decided_name, da.name AS decided_agency
              FROM sharing_decision s
              JOIN area ar ON ar.id = s.area_id
              LEFT JOIN agency wa ON wa.id = s.with_agency_id
              LEFT JOIN lawful_basis lb ON lb.code = s.lawful_basis_code
              JOIN user_account u ON u.id = s.decided_by
              JOIN agency da ON da.id = s.decided_agency_id
            """;

    private final JdbcClient jdbc;

    SharingDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SharingDecisionView> forChild(List<Long> records) {
        return jdbc.sql(SELECT + " WHERE s.child_id IN (:records) ORDER BY s.decided_at DESC, s.id DESC")
                .param("records", records)
                .query(SharingDecisions::view)
                .list();
    }

    static SharingDecisionView view(ResultSet rs, int row) throws SQLException {
        return new SharingDecisionView(
                rs.getLong("id"),
                rs.getLong("child_id"),
                rs.getString("area_name"),
                rs.getBoolean("shared"),
                rs.getString("what"),
                rs.getString("with_name"),
                Consent.valueOf(rs.getString("consent")),
                Optional.ofNullable(rs.getString("basis")),
                Optional.ofNullable(rs.getString("reason")),
                rs.getString("decided_name"),
                rs.getString("decided_agency"),
                rs.getTimestamp("decided_at").toInstant());
    }
}
