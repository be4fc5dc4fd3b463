package app.haven.referrals;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.WorkingDays;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * National Referral Mechanism referrals: submitted by a first responder; the competent authority's reasonable-grounds
 * decision is expected within the set working days (5: Home Office statutory guidance), and after a positive one the
 * conclusive-grounds decision is chased after the set days. The recorder is alerted when either is overdue.
 */
@Service
class NrmReferrals {

    static final List<String> OUTCOMES = List.of("POSITIVE", "NEGATIVE");

    private final JdbcClient jdbc;
    private final ReferralSettings settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NrmReferrals(
            JdbcClient jdbc, ReferralSettings settings, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A referral as typed: who referred, the exploitation, when it was submitted, support offered. */
    record NewNrm(String firstResponder, String exploitation, LocalDate submittedOn, Optional<String> support) {}

    @Transactional
    long submit(long child, long area, NewNrm nrm, HavenPrincipal user) {
        LocalDate due = WorkingDays.after(nrm.submittedOn(), settings.current().nrmReasonableWorkingDays());
        long id = jdbc.sql("""
                        INSERT INTO nrm_referral (child_id, area_id, first_responder, first_responder_agency, exploitation,
                               submitted_on, reasonable_due_on, support_offered, recorded_by, recorded_at)
                        VALUES (:child, :area, :responder, :agency, :exploitation, :submitted, :due, :support, :user, :now)
                        RETURNING id
                        """)
                .param("child", child)
                .param("area", area)
                .param("responder", nrm.firstResponder())
                .param("agency", user.agencyId())
                .param("exploitation", nrm.exploitation())
                .param("submitted", Date.valueOf(nrm.submittedOn()))
                .param("due", Date.valueOf(due))
                .param("support", nrm.support().orElse(null))
                .param("user", user.userId())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        audit.record(AuditAction.CREATE, "nrm-referral", id, Optional.of(child), Optional.empty());
        events.publishEvent(ReferralTask.nrmDecision(id, child, user.userId(), "reasonable grounds", due));
        events.publishEvent(new NrmDecisionRecorded(
                id, child, "submitted", Optional.empty(), start(nrm.submittedOn()), user.userId(), user.agencyId()));
        return id;
    }

    @Transactional
    void reasonableGrounds(
            NrmView nrm, int version, LocalDate on, String outcome, Optional<String> support, HavenPrincipal user) {
        if (nrm.reasonableOn().isPresent()) {
            throw ReferralRefused.because("", "The reasonable-grounds decision is already recorded.");
        }
        checkDate("reasonableOn", on, nrm.submittedOn(), "the referral was submitted");
        checkOutcome("reasonableOutcome", outcome);
        boolean positive = outcome.equals("POSITIVE");
        LocalDate due = on.plusDays(settings.current().nrmConclusiveDays());
        change(jdbc.sql("""
                        UPDATE nrm_referral SET reasonable_on = :on, reasonable_outcome = :outcome,
                               conclusive_due_on = :due, support_offered = coalesce(:support, support_offered),
                               version = version + 1
                         WHERE id = :id AND version = :version AND reasonable_on IS NULL
                        """)
                .param("on", Date.valueOf(on))
                .param("outcome", outcome)
                .param("due", positive ? Date.valueOf(due) : null)
                .param("support", support.orElse(null))
                .param("id", nrm.id())
                .param("version", version)
                .update());
        decided(nrm, "reasonable grounds", on, outcome, user);
        if (positive) {
            events.publishEvent(
                    ReferralTask.nrmDecision(nrm.id(), nrm.childId(), user.userId(), "conclusive grounds", due));
        }
    }

    @Transactional
    void conclusiveGrounds(
            NrmView nrm, int version, LocalDate on, String outcome, Optional<String> support, HavenPrincipal user) {
        if (!nrm.reasonableOutcome().map("POSITIVE"::equals).orElse(false)
                || nrm.conclusiveOn().isPresent()) {
            throw ReferralRefused.because(
                    "", "A conclusive-grounds decision follows a positive reasonable-grounds decision, once.");
        }
        checkDate("conclusiveOn", on, nrm.reasonableOn().get(), "the reasonable-grounds decision");
        checkOutcome("conclusiveOutcome", outcome);
        change(jdbc.sql("""
                        UPDATE nrm_referral SET conclusive_on = :on, conclusive_outcome = :outcome,
                               support_offered = coalesce(:support, support_offered), version = version + 1
                         WHERE id = :id AND version = :version AND conclusive_on IS NULL
                        """)
                .param("on", Date.valueOf(on))
                .param("outcome", outcome)
                .param("support", support.orElse(null))
                .param("id", nrm.id())
                .param("version", version)
                .update());
        decided(nrm, "conclusive grounds", on, outcome, user);
    }

    private void decided(NrmView nrm, String stage, LocalDate on, String outcome, HavenPrincipal user) {
        audit.record(AuditAction.UPDATE, "nrm-referral", nrm.id(), Optional.of(nrm.childId()), Optional.of(stage));
        events.publishEvent(new ReferralTaskDone(ReferralTask.nrmKey(nrm.id(), stage)));
        events.publishEvent(new NrmDecisionRecorded(
                nrm.id(),
                nrm.childId(),
                stage,
                Optional.of(outcome.toLowerCase()),
                start(on),
                user.userId(),
                user.agencyId()));
    }

    private void checkDate(String field, LocalDate on, LocalDate after, String what) {
        if (on.isBefore(after) || on.isAfter(LocalDate.now(clock.withZone(ReferralDispatch.LONDON)))) {
            throw ReferralRefused.because(
                    field,
                    "The decision date must be on or after " + what + " (" + ReferralDates.format(after)
                            + ") and not in the future");
        }
    }

    private static void checkOutcome(String field, String outcome) {
        if (!OUTCOMES.contains(outcome)) {
            throw ReferralRefused.because(field, "Select whether the decision was positive or negative");
        }
    }

    private static void change(int updated) {
        if (updated != 1) {
            throw ReferralRefused.because(
                    "", "Someone else has just changed this NRM referral. Check it below: nothing has been saved yet.");
        }
    }

    private static java.time.Instant start(LocalDate day) {
        return day.atStartOfDay(ReferralDispatch.LONDON).toInstant();
    }
}
