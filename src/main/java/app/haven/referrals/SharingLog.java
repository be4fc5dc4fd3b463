package app.haven.referrals;

import app.haven.platform.HavenPrincipal;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The information-sharing log: records each decision to share or not to share. It is append-only (the database
 * refuses any change), and every referral that is sent carries one.
 */
@Service
class SharingLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    SharingLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a decision (the caller checked it and audits the change it belongs to) and returns its id. */
    long record(long child, long area, SharingDecision decision, HavenPrincipal user) {
        return jdbc.sql("""
                        INSERT INTO sharing_decision (child_id, area_id, shared, what, with_agency_id, with_whom, consent,
                               lawful_basis_code, reason, decided_by, decided_agency_id, decided_at)
                        VALUES (:child, :area, :shared, :what, :agency, :whom, :consent, :basis, :reason, :user,
                                :userAgency, :now)
                        RETURNING id
                        """)
                .param("child", child)
                .param("area", area)
                .param("shared", decision.shared())
                .param("what", decision.what())
                .param("agency", decision.withAgency().orElse(null))
                .param("whom", decision.withWhom().orElse(null))
                .param("consent", decision.consent().name())
                .param("basis", decision.lawfulBasis().orElse(null))
                .param("reason", decision.reason().orElse(null))
                .param("user", user.userId())
                .param("userAgency", user.agencyId())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
    }
}
