package app.haven.referrals;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Taking one step of {@link ReferralStatus} on a referral: who may take it (only its side, only from the states it
 * leaves), the change itself (only on the version the user read, or nothing changes), its place in the history, the
 * one audit entry, the decision tasks cleared and the event the chronology hears.
 */
@Component
class ReferralSteps {

    private final JdbcClient jdbc;
    private final ReferralDispatch dispatch;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ReferralSteps(JdbcClient jdbc, ReferralDispatch dispatch, AuditLog audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.dispatch = dispatch;
        this.audit = audit;
        this.events = events;
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

    void update(
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

    void finish(
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
