package app.haven.referrals;

import app.haven.identity.ChildInvolvements;
import app.haven.people.People;
import app.haven.platform.HavenPrincipal;
import app.haven.screening.ChildScreenings;
import app.haven.screening.ScreeningSummary;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The receiving agency's decisions (accept, decline with a reason; redirecting is {@link ReferralRedirection}) and
 * closure, each one step of {@link ReferralStatus} taken through {@link ReferralSteps}.
 * Accepting starts the agency's involvement with the child (so its worker may open the record) and notes the
 * standing screening band, which closure notes again beside the outcome.
 */
@Service
class ReferralDecisions {

    private final JdbcClient jdbc;
    private final ReferralSteps steps;
    private final ReferralWorkers workers;
    private final ChildInvolvements involvements;
    private final ChildScreenings screenings;
    private final People people;

    ReferralDecisions(
            JdbcClient jdbc,
            ReferralSteps steps,
            ReferralWorkers workers,
            ChildInvolvements involvements,
            ChildScreenings screenings,
            People people) {
        this.jdbc = jdbc;
        this.steps = steps;
        this.workers = workers;
        this.involvements = involvements;
        this.screenings = screenings;
        this.people = people;
    }

    @Transactional
    void accept(ReferralView referral, int version, long worker, HavenPrincipal user, Instant at) {
        ReferralSteps.allowed(referral, ReferralStatus.Step.ACCEPT, user);
        ReferralWorkers.Worker chosen = workers.of(referral, worker)
                .orElseThrow(() -> ReferralRefused.because("worker", "Select who will work with the young person"));
        Optional<ScreeningSummary> band = screenings.latestFor(people.recordIds(referral.childId()));
        long involvement = involvements.start(
                referral.childId(),
                referral.areaId(),
                referral.toAgencyId(),
                chosen.teamId(),
                Optional.of(chosen.id()));
        steps.update(
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
        steps.finish(referral, ReferralStatus.Step.ACCEPT, Optional.empty(), user, at);
    }

    @Transactional
    void decline(ReferralView referral, int version, Optional<String> reason, HavenPrincipal user, Instant at) {
        ReferralSteps.allowed(referral, ReferralStatus.Step.DECLINE, user);
        String why =
                reason.orElseThrow(() -> ReferralRefused.because("declineReason", "Say why the referral is declined"));
        steps.update(
                referral,
                version,
                ReferralStatus.Step.DECLINE,
                """
                decided_at = :now, decided_by = :user, decline_reason = :reason""",
                Optional.of(why),
                user,
                at,
                q -> q.param("reason", why));
        steps.finish(referral, ReferralStatus.Step.DECLINE, Optional.empty(), user, at);
    }

    @Transactional
    void close(
            ReferralView referral,
            int version,
            Optional<Outcome> outcome,
            Optional<String> note,
            HavenPrincipal user,
            Instant at) {
        ReferralSteps.allowed(referral, ReferralStatus.Step.CLOSE, user);
        boolean worked = referral.status() == ReferralStatus.ACCEPTED;
        if (worked && outcome.isEmpty()) {
            throw ReferralRefused.because("outcome", "Select the outcome of the work: was the risk reduced?");
        }
        Optional<ScreeningSummary> band =
                worked ? screenings.latestFor(people.recordIds(referral.childId())) : Optional.empty();
        steps.update(
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
        steps.finish(referral, ReferralStatus.Step.CLOSE, worked ? outcome : Optional.empty(), user, at);
    }
}
