package app.haven.referrals;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A disclosure passed to the police after it was recorded, and the police response: dated no earlier than the day it
 * was passed and no later than today; "no further action" (and any kind the catalogue marks so) needs a reason.
 */
@Service
class PoliceResponses {

    private final JdbcClient jdbc;
    private final Disclosures disclosures;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PoliceResponses(
            JdbcClient jdbc, Disclosures disclosures, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.disclosures = disclosures;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    void passToPolice(
            DisclosureView disclosure, int version, NewDisclosure.PassedToPolice police, HavenPrincipal user) {
        if (disclosure.passedAt().isPresent()) {
            throw ReferralRefused.because("", "This disclosure has already been passed to the police.");
        }
        if (day(police.at()).isBefore(day(disclosure.disclosedAt()))
                || police.at().isAfter(clock.instant())) {
            throw ReferralRefused.because(
                    "passedOn", "It cannot have been passed to the police before it was disclosed, or in the future");
        }
        // Passed on the day of the disclosure: not before the moment it was made.
        Instant at = police.at().isBefore(disclosure.disclosedAt()) ? disclosure.disclosedAt() : police.at();
        LocalDate due = disclosures.dueOn(police.at());
        int updated = jdbc.sql("""
                        UPDATE disclosure SET passed_to_police_at = :at, passed_by = :by, police_reference = :reference,
                               response_due_on = :due, version = version + 1
                         WHERE id = :id AND version = :version AND passed_to_police_at IS NULL
                        """)
                .param("at", Timestamp.from(at))
                .param("by", police.by())
                .param("reference", police.reference().orElse(null))
                .param("due", Date.valueOf(due))
                .param("id", disclosure.id())
                .param("version", version)
                .update();
        changed(updated);
        audit.record(
                AuditAction.UPDATE,
                "disclosure",
                disclosure.id(),
                Optional.of(disclosure.childId()),
                Optional.of("passed to police"));
        disclosures.askPolice(disclosure.id(), disclosure.childId(), due, user.userId());
    }

    @Transactional
    void respond(
            DisclosureView disclosure,
            int version,
            String response,
            LocalDate on,
            Optional<String> reason,
            HavenPrincipal user) {
        Instant passed = disclosure
                .passedAt()
                .orElseThrow(() -> ReferralRefused.because(
                        "", "Record when the disclosure was passed to the police before their response."));
        Optional<Boolean> needsReason = jdbc.sql(
                        "SELECT needs_reason FROM police_response_kind WHERE code = :code AND NOT retired")
                .param("code", response)
                .query(Boolean.class)
                .optional();
        if (needsReason.isEmpty()) {
            throw ReferralRefused.because("response", "Select what the police did");
        }
        if (on.isBefore(LocalDate.ofInstant(passed, ReferralDispatch.LONDON))
                || on.isAfter(LocalDate.now(clock.withZone(ReferralDispatch.LONDON)))) {
            throw ReferralRefused.because(
                    "respondedOn",
                    "The response date must be on or after the day the disclosure was passed to the police ("
                            + ReferralDates.format(LocalDate.ofInstant(passed, ReferralDispatch.LONDON))
                            + ") and not in the future");
        }
        if (needsReason.get() && reason.isEmpty()) {
            throw ReferralRefused.because("responseReason", "Say why the police took no further action");
        }
        int updated = jdbc.sql("""
                        UPDATE disclosure SET response_code = :code, response_on = :on, response_reason = :reason,
                               response_by = :user, version = version + 1
                         WHERE id = :id AND version = :version AND response_code IS NULL
                        """)
                .param("code", response)
                .param("on", Date.valueOf(on))
                .param("reason", reason.orElse(null))
                .param("user", user.userId())
                .param("id", disclosure.id())
                .param("version", version)
                .update();
        changed(updated);
        audit.record(
                AuditAction.UPDATE,
                "disclosure",
                disclosure.id(),
                Optional.of(disclosure.childId()),
                Optional.of("police response"));
        events.publishEvent(new ReferralTaskDone(ReferralTask.policeKey(disclosure.id())));
        events.publishEvent(new ReferralTaskDone(ReferralTask.chaseKey(disclosure.id())));
        String label = jdbc.sql("SELECT label FROM police_response_kind WHERE code = :code")
                .param("code", response)
                .query(String.class)
                .single();
        events.publishEvent(new PoliceResponseRecorded(
                disclosure.id(),
                disclosure.childId(),
                response,
                label,
                clock.instant(),
                user.userId(),
                user.agencyId()));
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ReferralDispatch.LONDON);
    }

    private static void changed(int updated) {
        if (updated != 1) {
            throw ReferralRefused.because(
                    "",
                    "Someone else has just changed this disclosure. Check it below: nothing you typed has been saved yet.");
        }
    }
}
