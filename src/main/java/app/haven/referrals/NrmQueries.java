package app.haven.referrals;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reading NRM referrals; the caller checks the reader may open the child's record. */
@Repository
class NrmQueries {

    private static final String SELECT =
            "SELECT n.*, a.name AS agency_name FROM nrm_referral n JOIN agency a ON a.id = n.first_responder_agency";

    private final JdbcClient jdbc;

    NrmQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<NrmView> find(long id) {
        return jdbc.sql(SELECT + " WHERE n.id = :id")
                .param("id", id)
                .query(NrmQueries::view)
                .optional();
    }

    List<NrmView> forChild(List<Long> records) {
        return jdbc.sql(SELECT + " WHERE n.child_id IN (:records) ORDER BY n.submitted_on DESC, n.id DESC")
                .param("records", records)
                .query(NrmQueries::view)
                .list();
    }

    private static Optional<java.time.LocalDate> date(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getDate(column)).map(Date::toLocalDate);
    }

    static NrmView view(ResultSet rs, int row) throws SQLException {
        return new NrmView(
                rs.getLong("id"),
                rs.getLong("child_id"),
                rs.getString("first_responder"),
                rs.getString("agency_name"),
                rs.getString("exploitation"),
                rs.getDate("submitted_on").toLocalDate(),
                rs.getDate("reasonable_due_on").toLocalDate(),
                date(rs, "reasonable_on"),
                Optional.ofNullable(rs.getString("reasonable_outcome")),
                date(rs, "conclusive_due_on"),
                date(rs, "conclusive_on"),
                Optional.ofNullable(rs.getString("conclusive_outcome")),
                Optional.ofNullable(rs.getString("support_offered")),
                rs.getInt("version"));
    }
}
