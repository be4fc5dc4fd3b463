package app.haven.referrals;

import app.haven.identity.SqlCondition;
import app.haven.platform.HavenPrincipal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reading referrals, always through {@link ReferralScope} inside the query. */
@Repository
class ReferralQueries {

    private static final String SELECT = """
            SELECT r.*, ar.name AS area_name, fa.name AS from_agency, fu.display_name AS from_user,
                   ta.name AS to_agency, ra.name AS redirected_to, w.display_name AS worker,
                   lb.label AS lawful_basis,
                   (SELECT n.id FROM referral n WHERE n.redirected_from_id = r.id) AS redirected_as_id,
                   (SELECT coalesce(array_agg(rr.label ORDER BY rr.position), '{}') FROM referral_reason_given g
                      JOIN referral_reason rr ON rr.code = g.reason_code WHERE g.referral_id = r.id) AS reasons,
                   %s AS full_view
              FROM referral r
              JOIN area ar ON ar.id = r.area_id
              JOIN agency fa ON fa.id = r.from_agency_id
              JOIN user_account fu ON fu.id = r.from_user_id
              JOIN agency ta ON ta.id = r.to_agency_id
              LEFT JOIN agency ra ON ra.id = r.redirected_to_agency_id
              LEFT JOIN user_account w ON w.id = r.worker_id
              LEFT JOIN lawful_basis lb ON lb.code = r.lawful_basis_code
            """;

    private final JdbcClient jdbc;
    private final ReferralScope scope;

    ReferralQueries(JdbcClient jdbc, ReferralScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /** The referral if this user may read it. */
    Optional<ReferralView> find(long id, HavenPrincipal user) {
        SqlCondition readable = scope.readable(user);
        SqlCondition child = scope.childRecord(user);
        Map<String, Object> params = new HashMap<>(readable.parameters());
        params.putAll(child.parameters());
        params.put("id", id);
        return jdbc.sql(SELECT.formatted(child.sql()) + " WHERE r.id = :id AND " + readable.sql())
                .params(params)
                .query(ReferralQueries::view)
                .optional();
    }

    /** The child a referral is about, whoever asks: to refuse an outsider with the record scope page. */
    Optional<Long> childOf(long id) {
        return jdbc.sql("SELECT child_id FROM referral WHERE id = :id")
                .param("id", id)
                .query(Long.class)
                .optional();
    }

    /** A child's referrals (among the child's own and merged records), newest first; the caller checked access. */
    List<ReferralView> forChild(List<Long> records) {
        return jdbc.sql(SELECT.formatted("true")
                        + " WHERE r.child_id IN (:records) ORDER BY r.created_at DESC, r.id DESC")
                .param("records", records)
                .query(ReferralQueries::view)
                .list();
    }

    static ReferralView view(ResultSet rs, int row) throws SQLException {
        return new ReferralView(
                rs.getLong("id"),
                rs.getLong("child_id"),
                rs.getLong("area_id"),
                rs.getString("area_name"),
                rs.getLong("from_agency_id"),
                rs.getString("from_agency"),
                rs.getString("from_user"),
                rs.getLong("to_agency_id"),
                rs.getString("to_agency"),
                rs.getString("urgency"),
                rs.getString("concern"),
                List.of((String[]) rs.getArray("reasons").getArray()),
                Optional.ofNullable(rs.getString("consent")).map(Consent::valueOf),
                Optional.ofNullable(rs.getString("lawful_basis")),
                Optional.ofNullable(rs.getString("sharing_reason")),
                ReferralStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(),
                Optional.ofNullable(rs.getTimestamp("sent_at")).map(Timestamp::toInstant),
                Optional.ofNullable(rs.getDate("decision_due_on")).map(Date::toLocalDate),
                Optional.ofNullable(rs.getString("decline_reason")),
                Optional.ofNullable(rs.getString("redirected_to")),
                Optional.ofNullable(rs.getString("redirect_reason")),
                Optional.ofNullable(rs.getObject("redirected_from_id", Long.class)),
                Optional.ofNullable(rs.getObject("redirected_as_id", Long.class)),
                Optional.ofNullable(rs.getObject("worker_id", Long.class)),
                Optional.ofNullable(rs.getString("worker")),
                Optional.ofNullable(rs.getString("band_at_start")),
                Optional.ofNullable(rs.getString("band_at_close")),
                Optional.ofNullable(rs.getString("outcome")).map(Outcome::valueOf),
                Optional.ofNullable(rs.getString("closure_note")),
                rs.getInt("version"),
                rs.getBoolean("full_view"));
    }
}
