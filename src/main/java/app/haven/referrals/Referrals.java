package app.haven.referrals;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.people.PersonSummary;
import app.haven.platform.HavenPrincipal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Making a referral from a child's record: saved as a draft, or sent at once, at the moment given (now, for a user). Sending records the sharing decision in
 * the information-sharing log first; a referral without one cannot be sent (and the database agrees).
 */
@Service
class Referrals {

    private final JdbcClient jdbc;
    private final ReferralCatalogues catalogues;
    private final ReferralAreas areas;
    private final ReferralDispatch dispatch;
    private final AuditLog audit;

    Referrals(
            JdbcClient jdbc,
            ReferralCatalogues catalogues,
            ReferralAreas areas,
            ReferralDispatch dispatch,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.catalogues = catalogues;
        this.areas = areas;
        this.dispatch = dispatch;
        this.audit = audit;
    }

    /** Saves the referral (and sends it when asked); refuses, saving nothing, when a rule is broken. */
    @Transactional
    long make(PersonSummary child, NewReferral referral, boolean send, HavenPrincipal user, Instant at) {
        long area = areas.areaFor(child.id(), user);
        refuseIfBroken(check(referral, area, user));
        long id = insert(child.id(), area, referral, user, at);
        for (String reason : referral.reasons()) {
            jdbc.sql("INSERT INTO referral_reason_given (referral_id, reason_code) VALUES (:id, :code)")
                    .param("id", id)
                    .param("code", reason)
                    .update();
        }
        jdbc.sql("""
                        INSERT INTO referral_step (referral_id, to_status, taken_at, taken_by, agency_id)
                        VALUES (:id, 'DRAFT', :now, :user, :agency)
                        """)
                .param("id", id)
                .param("now", Timestamp.from(at))
                .param("user", user.userId())
                .param("agency", user.agencyId())
                .update();
        if (send) {
            dispatch.send(id, 0, referral, user, at);
        }
        audit.record(AuditAction.CREATE, "referral", id, Optional.of(child.id()), Optional.of(send ? "sent" : "draft"));
        return id;
    }

    /** Sends a draft with the sharing decision now completed; refuses when it was sent or changed meanwhile. */
    @Transactional
    void send(ReferralView draft, int version, NewReferral completed, HavenPrincipal user, Instant at) {
        ReferralSteps.allowed(draft, ReferralStatus.Step.SEND, user);
        refuseIfBroken(check(completed, draft.areaId(), user));
        dispatch.send(draft.id(), version, completed, user, at);
        audit.record(AuditAction.UPDATE, "referral", draft.id(), Optional.of(draft.childId()), Optional.of("sent"));
    }

    /** The rules the data needs beyond the form: an agency that may receive it, reasons and a basis in use. */
    private List<Breach> check(NewReferral referral, long area, HavenPrincipal user) {
        List<Breach> breaches = new ArrayList<>();
        if (catalogues.receiving(referral.toAgency(), area, user.agencyId()).isEmpty()) {
            breaches.add(new Breach(
                    "toAgency",
                    "That agency cannot receive referrals here: it has been retired or does not serve the child's"
                            + " area. Select another"));
        }
        if (!catalogues.allInUse("referral_reason", referral.reasons())) {
            breaches.add(new Breach("reasons", "Select reasons from the list"));
        }
        if (referral.lawfulBasis().isPresent()
                && !catalogues.allInUse(
                        "lawful_basis", List.of(referral.lawfulBasis().get()))) {
            breaches.add(new Breach("lawfulBasis", "Select a lawful basis from the list"));
        }
        return breaches;
    }

    private long insert(long child, long area, NewReferral referral, HavenPrincipal user, Instant at) {
        return jdbc.sql("""
                        INSERT INTO referral (child_id, area_id, from_agency_id, from_user_id, to_agency_id, urgency,
                               concern, consent, lawful_basis_code, sharing_reason, created_at)
                        VALUES (:child, :area, :from, :user, :to, :urgency, :concern, :consent, :basis, :reason, :now)
                        RETURNING id
                        """)
                .param("child", child)
                .param("area", area)
                .param("from", user.agencyId())
                .param("user", user.userId())
                .param("to", referral.toAgency())
                .param("urgency", referral.urgency())
                .param("concern", referral.concern())
                .param("consent", referral.consent().map(Enum::name).orElse(null))
                .param("basis", referral.lawfulBasis().orElse(null))
                .param("reason", referral.sharingReason().orElse(null))
                .param("now", Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    static void refuseIfBroken(List<Breach> breaches) {
        if (!breaches.isEmpty()) {
            throw new ReferralRefused(breaches);
        }
    }
}
