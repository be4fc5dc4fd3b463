package app.haven.referrals;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A referral's history, oldest first (the caller checked the reader may read the referral). */
@Repository
class ReferralHistory {

    private final JdbcClient jdbc;

    ReferralHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReferralStepView> of(long referral) {
        return jdbc.sql("""
                        SELECT s.to_status, s.taken_at, u.display_name, a.name, s.note FROM referral_step s
                          JOIN user_account u ON u.id = s.taken_by JOIN agency a ON a.id = s.agency_id
                         WHERE s.referral_id = :id ORDER BY s.id
                        """)
                .param("id", referral)
                .query((rs, row) -> new ReferralStepView(
                        ReferralStatus.valueOf(rs.getString(1)),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getString(4),
                        Optional.ofNullable(rs.getString(5))))
                .list();
    }
}
