package app.haven.referrals;

import app.haven.platform.web.Option;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who in the receiving agency may take a referral on: its enabled staff in the area who do the agency's work. */
@Component
class ReferralWorkers {

    record Worker(long id, String name, Optional<Long> teamId) {}

    private final JdbcClient jdbc;

    ReferralWorkers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Worker> forReferral(ReferralView referral) {
        return jdbc.sql("""
                        SELECT u.id, u.display_name, u.team_id FROM user_account u
                         WHERE u.enabled AND u.agency_id = :agency
                           AND EXISTS (SELECT 1 FROM user_area ua WHERE ua.user_id = u.id AND ua.area_id = :area)
                           AND EXISTS (SELECT 1 FROM user_role r JOIN role_permission rp ON rp.role_code = r.role_code
                                        WHERE r.user_id = u.id AND rp.permission_code IN ('DIRECT_WORK', 'RECEIVE_REFERRALS'))
                         ORDER BY u.display_name, u.id
                        """)
                .param("agency", referral.toAgencyId())
                .param("area", referral.areaId())
                .query((rs, row) ->
                        new Worker(rs.getLong(1), rs.getString(2), Optional.ofNullable(rs.getObject(3, Long.class))))
                .list();
    }

    Optional<Worker> of(ReferralView referral, long worker) {
        return forReferral(referral).stream().filter(w -> w.id() == worker).findFirst();
    }

    List<Option> options(ReferralView referral) {
        return forReferral(referral).stream()
                .map(w -> new Option(String.valueOf(w.id()), w.name()))
                .toList();
    }
}
