package app.haven.referrals;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The information-sharing log: records each decision to share or not to share. It is append-only (the database
 * refuses any change), and every referral that is sent carries one.
 */
@Service
class SharingLog {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    SharingLog(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a decision made on its own (not with a referral), audited as one change, and returns its id. */
    @Transactional
    long recordAlone(long child, long area, SharingDecision decision, HavenPrincipal user) {
        long id = record(child, area, decision, user);
        audit.record(AuditAction.CREATE, "sharing-decision", id, Optional.of(child), Optional.empty());
        return id;
    }

    /** Records a decision (the caller checked it and audits the change it belongs to) and returns its id. */
    long record(long child, long area, SharingDecision decision, HavenPrincipal user) {
        return record(child, area, decision, user, clock.instant());
    }

    /** As {@link #record(long, long, SharingDecision, HavenPrincipal)}, decided at the moment given. */
    long record(long child, long area, SharingDecision decision, HavenPrincipal user, java.time.Instant at) {
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
                .param("now", Timestamp.from(at))
                .query(Long.class)
                .single();
    }
}
