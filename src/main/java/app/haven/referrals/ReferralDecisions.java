package app.haven.referrals;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.identity.ChildInvolvements;
import app.haven.people.People;
import app.haven.platform.HavenPrincipal;
import app.haven.screening.ChildScreenings;
import app.haven.screening.ScreeningSummary;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The receiving agency's decisions (accept, decline with a reason, redirect to another agency) and closure. Each is
 * one step of {@link ReferralStatus}: taken only by its side, only from the states it leaves, only on the version the
 * user read; it is audited once, goes into the referral's history and the chronology, and clears the decision tasks.
 * Accepting starts the agency's involvement with the child (so its worker may open the record) and notes the
 * standing screening band, which closure notes again beside the outcome.
 */
@Service
class ReferralDecisions {

    private final JdbcClient jdbc;
    private final ReferralDispatch dispatch;
    private final ReferralWorkers workers;
    private final ReferralCatalogues catalogues;
    private final ChildInvolvements involvements;
    private final ChildScreenings screenings;
    private final People people;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ReferralDecisions(
            JdbcClient jdbc,
            ReferralDispatch dispatch,
            ReferralWorkers workers,
            ReferralCatalogues catalogues,
            ChildInvolvements involvements,
            ChildScreenings screenings,
            People people,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.dispatch = dispatch;
        this.workers = workers;
        this.catalogues = catalogues;
        this.involvements = involvements;
        this.screenings = screenings;
        this.people = people;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    void accept(ReferralView referral, int version, long worker, HavenPrincipal user, Instant at) {
        allowed(referral, ReferralStatus.Step.ACCEPT, user);
        ReferralWorkers.Worker chosen = workers.of(referral, worker)
                .orElseThrow(() -> ReferralRefused.because("worker", "Select who will work with the young person"));
        Optional<ScreeningSummary> band = screenings.latestFor(people.recordIds(referral.childId()));
        long involvement = involvements.start(
                referral.childId(),
                referral.areaId(),
                referral.toAgencyId(),
                chosen.teamId(),
                Optional.of(chosen.id()));
        update(
                referral,
                version,
                ReferralStatus.Step.ACCEPT,
                """
                        decided_at = :now, decided_by = :user, worker_id = :worker, involvement_id = :involvement,
                        band_at_start = :band, band_rank_at_start = :rank""",
                Optional.empty(),
                user,
                at,
                q -> q.param("worker", chosen.id())
                        .param("involvement", involvement)
                        .param("band", band.map(ScreeningSummary::bandLabel).orElse(null))
                        .param("rank", band.map(ScreeningSummary::bandRank).orElse(null)));
        finish(referral, ReferralStatus.Step.ACCEPT, Optional.empty(), user, at);
    }

    @Transactional
    void decline(ReferralView referral, int version, Optional<String> reason, HavenPrincipal user, Instant at) {
        allowed(referral, ReferralStatus.Step.DECLINE, user);
        String why =
                reason.orElseThrow(() -> ReferralRefused.because("declineReason", "Say why the referral is declined"));
        update(
                referral,
                version,
                ReferralStatus.Step.DECLINE,
                """
                decided_at = :now, decided_by = :user, decline_reason = :reason""",
                Optional.of(why),
                user,
                at,
                q -> q.param("reason", why));
        finish(referral, ReferralStatus.Step.DECLINE, Optional.empty(), user, at);
    }

    @Transactional
    void redirect(
            ReferralView referral,
            int version,
            Optional<Long> agency,
            Optional<String> reason,
            HavenPrincipal user,
            Instant at) {
        allowed(referral, ReferralStatus.Step.REDIRECT, user);
        Optional<String> to = agency.flatMap(a -> catalogues.receiving(a, referral.areaId(), referral.toAgencyId()))
                .filter(name -> agency.get() != referral.fromAgencyId());
        if (to.isEmpty()) {
            throw ReferralRefused.because("redirectTo", "Select the agency the referral should go to instead");
        }
        String why = reason.orElseThrow(
                () -> ReferralRefused.because("redirectReason", "Say why the referral should go to " + to.get()));
        update(
                referral,
                version,
                ReferralStatus.Step.REDIRECT,
                """
                decided_at = :now, decided_by = :user, redirected_to_agency_id = :agency, redirect_reason = :reason""",
                Optional.of(to.get() + ": " + why),
                user,
                at,
                q -> q.param("agency", agency.get()).param("reason", why));
        finish(referral, ReferralStatus.Step.REDIRECT, Optional.empty(), user, at);
    }

    @Transactional
    void close(
            ReferralView referral,
            int version,
            Optional<Outcome> outcome,
            Optional<String> note,
            HavenPrincipal user,
            Instant at) {
        allowed(referral, ReferralStatus.Step.CLOSE, user);
        boolean worked = referral.status() == ReferralStatus.ACCEPTED;
        if (worked && outcome.isEmpty()) {
            throw ReferralRefused.because("outcome", "Select the outcome of the work: was the risk reduced?");
        }
        Optional<ScreeningSummary> band =
                worked ? screenings.latestFor(people.recordIds(referral.childId())) : Optional.empty();
        update(
                referral,
                version,
                ReferralStatus.Step.CLOSE,
                """
                        closed_at = :now, closed_by = :user, outcome = :outcome, closure_note = :note,
                        band_at_close = :band, band_rank_at_close = :rank""",
                note,
                user,
                at,
                q -> q.param("outcome", worked ? outcome.get().name() : null)
                        .param("note", note.orElse(null))
                        .param("band", band.map(ScreeningSummary::bandLabel).orElse(null))
                        .param("rank", band.map(ScreeningSummary::bandRank).orElse(null)));
        if (worked) {
            jdbc.sql("SELECT involvement_id FROM referral WHERE id = :id")
                    .param("id", referral.id())
                    .query(Long.class)
                    .optional()
                    .ifPresent(involvements::end);
        }
        finish(referral, ReferralStatus.Step.CLOSE, worked ? outcome : Optional.empty(), user, at);
    }

    /**
     * Refuses a step the user's side may not take (403, audited as refused) or that the referral's state does not
     * allow (a clear message; nothing changes).
     */
    static void allowed(ReferralView referral, ReferralStatus.Step step, HavenPrincipal user) {
        if (!onSide(referral, step, user)) {
            throw new AccessDeniedException("not this agency's step on referral " + referral.id());
        }
        if (referral.status().after(step).isEmpty()) {
            throw ReferralRefused.because(
                    "",
                    "This referral is " + referral.status().label().toLowerCase() + ": it cannot be " + step.done()
                            + " now. Nothing has been changed.");
        }
    }

    /** Whether the user works for the side that takes this step from the referral's state. */
    static boolean onSide(ReferralView referral, ReferralStatus.Step step, HavenPrincipal user) {
        return switch (step.side(referral.status())) {
            case SENDER -> user.agencyId() == referral.fromAgencyId() && referral.full();
            case RECEIVER -> user.agencyId() == referral.toAgencyId() && ReferralScope.worksReferrals(user);
        };
    }

    /** Whether the page should offer this step to the user now. */
    static boolean offers(ReferralView referral, ReferralStatus.Step step, HavenPrincipal user) {
        return referral.status().after(step).isPresent() && onSide(referral, step, user);
    }

    private void update(
            ReferralView referral,
            int version,
            ReferralStatus.Step step,
            String columns,
            Optional<String> note,
            HavenPrincipal user,
            Instant at,
            java.util.function.UnaryOperator<JdbcClient.StatementSpec> values) {
        int updated = values.apply(jdbc.sql("UPDATE referral SET status = :to, version = version + 1, " + columns
                                + " WHERE id = :id AND status = :from AND version = :version")
                        .param("to", step.to().name())
                        .param("from", referral.status().name())
                        .param("id", referral.id())
                        .param("version", version)
                        .param("now", java.sql.Timestamp.from(at))
                        .param("user", user.userId()))
                .update();
        if (updated != 1) {
            throw ReferralRefused.changedMeanwhile();
        }
        dispatch.step(referral.id(), referral.status().name(), step.to().name(), note.orElse(null), user, at);
    }

    private void finish(
            ReferralView referral,
            ReferralStatus.Step step,
            Optional<Outcome> outcome,
            HavenPrincipal user,
            Instant at) {
        audit.record(
                AuditAction.UPDATE,
                "referral",
                referral.id(),
                Optional.of(referral.childId()),
                Optional.of(step.done()));
        if (referral.status() == ReferralStatus.SENT) {
            dispatch.receivers(referral.id())
                    .forEach(r -> events.publishEvent(new ReferralTaskDone(ReferralTask.decideKey(referral.id(), r))));
        }
        events.publishEvent(new ReferralStepTaken(
                referral.id(),
                referral.childId(),
                step,
                referral.toAgency(),
                outcome,
                at,
                user.userId(),
                user.agencyId()));
    }
}
