package app.haven.referrals;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The receiving agency redirects a referral to another agency: the referral is marked redirected (one step of
 * {@link ReferralStatus}), and a new referral goes to that agency at once, linked to the first. It carries what the
 * first shared (reasons, urgency, concern, consent and lawful basis) from the same referrer; the redirecting worker's
 * decision to pass it on goes into the information-sharing log, and the new recipient's own decision timescale and
 * tasks start from now, as for any referral sent.
 */
@Service
class ReferralRedirection {

    private final JdbcClient jdbc;
    private final ReferralSteps steps;
    private final ReferralCatalogues catalogues;
    private final ReferralDispatch dispatch;
    private final AuditLog audit;

    ReferralRedirection(
            JdbcClient jdbc,
            ReferralSteps steps,
            ReferralCatalogues catalogues,
            ReferralDispatch dispatch,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.steps = steps;
        this.catalogues = catalogues;
        this.dispatch = dispatch;
        this.audit = audit;
    }

    /** Redirects the referral and returns the new referral made to the agency it was redirected to. */
    @Transactional
    long redirect(
            ReferralView referral,
            int version,
            Optional<Long> agency,
            Optional<String> reason,
            HavenPrincipal user,
            Instant at) {
        ReferralSteps.allowed(referral, ReferralStatus.Step.REDIRECT, user);
        Optional<String> to = agency.flatMap(a -> catalogues.receiving(a, referral.areaId(), referral.toAgencyId()))
                .filter(name -> agency.get() != referral.fromAgencyId());
        if (to.isEmpty()) {
            throw ReferralRefused.because("redirectTo", "Select the agency the referral should go to instead");
        }
        String why = reason.orElseThrow(
                () -> ReferralRefused.because("redirectReason", "Say why the referral should go to " + to.get()));
        steps.update(
                referral,
                version,
                ReferralStatus.Step.REDIRECT,
                """
                decided_at = :now, decided_by = :user, redirected_to_agency_id = :agency, redirect_reason = :reason""",
                Optional.of(to.get() + ": " + why),
                user,
                at,
                q -> q.param("agency", agency.get()).param("reason", why));
        steps.finish(referral, ReferralStatus.Step.REDIRECT, Optional.empty(), user, at);
        return forward(referral, agency.get(), user, at);
    }

    private long forward(ReferralView referral, long agency, HavenPrincipal user, Instant at) {
        long id = jdbc.sql("""
                        INSERT INTO referral (child_id, area_id, from_agency_id, from_user_id, to_agency_id, urgency,
                               concern, consent, lawful_basis_code, sharing_reason, created_at, redirected_from_id)
                        SELECT child_id, area_id, from_agency_id, from_user_id, :to, urgency, concern, consent,
                               lawful_basis_code, sharing_reason, :now, id
                          FROM referral WHERE id = :from
                        RETURNING id
                        """)
                .param("to", agency)
                .param("now", Timestamp.from(at))
                .param("from", referral.id())
                .query(Long.class)
                .single();
        jdbc.sql("""
                        INSERT INTO referral_reason_given (referral_id, reason_code)
                        SELECT :id, reason_code FROM referral_reason_given WHERE referral_id = :from
                        """).param("id", id).param("from", referral.id()).update();
        dispatch.step(id, null, "DRAFT", "Redirected from referral " + referral.id(), user, at);
        dispatch.send(id, 0, carried(referral, agency), user, at);
        audit.record(
                AuditAction.CREATE,
                "referral",
                id,
                Optional.of(referral.childId()),
                Optional.of("redirected from referral " + referral.id()));
        return id;
    }

    /** What the first referral shared, now to the new agency. */
    private NewReferral carried(ReferralView referral, long agency) {
        return new NewReferral(
                agency,
                catalogues.reasonCodes(referral.id()),
                referral.urgency(),
                referral.concern(),
                referral.consent(),
                jdbc.sql("SELECT lawful_basis_code FROM referral WHERE id = :id")
                        .param("id", referral.id())
                        .query(String.class)
                        .optional(),
                referral.sharingReason());
    }
}
