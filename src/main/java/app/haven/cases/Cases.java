package app.haven.cases;

import app.haven.audit.AuditAction;
import app.haven.people.People;
import app.haven.platform.HavenPrincipal;
import app.haven.screening.ScreeningSummary;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Putting a child on the register, reopening a closed case, and recording the planning meeting. Opening raises the
 * planning meeting (every child at risk gets one: strategy rule), the first review on the band's cadence and, for a
 * child with additional needs, the transition flag at 17 and a half.
 */
@Service
class Cases {

    /** What the user chose when opening a case. */
    record Opening(
            long childId,
            long areaId,
            long leadUserId,
            Optional<ScreeningSummary> screening,
            String reason,
            List<String> models,
            List<String> cinFactors,
            Optional<PriorBand> priorBand) {

        Opening(
                long childId,
                long areaId,
                long leadUserId,
                Optional<ScreeningSummary> screening,
                String reason,
                List<String> models,
                List<String> cinFactors) {
            this(childId, areaId, leadUserId, screening, reason, models, cinFactors, Optional.empty());
        }

        /** The band that stands: the screening's, else one carried over from before Haven. */
        Optional<PriorBand> band() {
            return screening
                    .map(s -> new PriorBand(s.bandLabel(), s.bandRank(), s.screenedOn(), s.childProtection()))
                    .or(() -> priorBand);
        }
    }

    /**
     * A band screened before the child's record reached Haven (an import from a previous system, or the demo, whose
     * children have no screenings of their own): the register shows it until the child is screened in Haven.
     */
    record PriorBand(String label, int rank, LocalDate screenedOn, boolean childProtection) {}

    /** The child already has an open case; nothing was saved. */
    static final class AlreadyOpen extends RuntimeException {
        AlreadyOpen() {
            super("the child already has an open case");
        }
    }

    private final JdbcClient jdbc;
    private final CaseSettings settings;
    private final TeamAroundChild team;
    private final CaseJournal journal;
    private final People people;
    private final ChildNames names;
    private final Clock clock;

    Cases(
            JdbcClient jdbc,
            CaseSettings settings,
            TeamAroundChild team,
            CaseJournal journal,
            People people,
            ChildNames names,
            Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.team = team;
        this.journal = journal;
        this.people = people;
        this.names = names;
        this.clock = clock;
    }

    @Transactional
    long open(Opening opening, HavenPrincipal user) {
        return open(opening, user, clock.instant());
    }

    /**
     * Opens a case as of a moment: now for a user at the screen; the day a case was opened in the previous system
     * for bulk work (imports, the demo), so its planning meeting and first review fall due when they would have.
     */
    @Transactional
    long open(Opening opening, HavenPrincipal user, Instant at) {
        CaseSettings.Values values = settings.current();
        LocalDate today = LocalDate.ofInstant(at, clock.getZone());
        Optional<ScreeningSummary> screening = opening.screening();
        Optional<PriorBand> band = opening.band();
        Integer rank = band.map(PriorBand::rank).orElse(null);
        long caseId;
        try {
            caseId = jdbc.sql("""
                            INSERT INTO child_case (child_id, area_id, status, opened_on, opened_at, opened_by, screening_id,
                                   opening_reason, lead_user_id, band_label, band_rank, last_screened_on, child_protection,
                                   next_review_on, planning_meeting_due_on)
                            VALUES (:child, :area, 'OPEN', :today, :now, :user, :screening, :reason, :lead, :band, :rank,
                                    :screened, :cp, :review, :meeting)
                            RETURNING id
                            """)
                    .param("child", opening.childId())
                    .param("area", opening.areaId())
                    .param("today", Date.valueOf(today))
                    .param("now", Timestamp.from(at))
                    .param("user", user.userId())
                    .param("screening", screening.map(ScreeningSummary::id).orElse(null))
                    .param("reason", opening.reason().isBlank() ? null : opening.reason())
                    .param("lead", opening.leadUserId())
                    .param("band", band.map(PriorBand::label).orElse(null))
                    .param("rank", rank)
                    .param(
                            "screened",
                            band.map(b -> Date.valueOf(b.screenedOn())).orElse(null))
                    .param("cp", band.map(PriorBand::childProtection).orElse(false))
                    .param("review", Date.valueOf(today.plusWeeks(values.weeksFor(rank))))
                    .param("meeting", Date.valueOf(today.plusDays(values.planningMeetingDays())))
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException alreadyOpen) {
            throw new AlreadyOpen();
        }
        replaceCodes(caseId, opening.models(), opening.cinFactors());
        statusChange(caseId, "OPENED", opening.reason(), user, at);
        jdbc.sql("INSERT INTO case_plan (case_id, updated_at, updated_by) VALUES (:case, :now, :user)")
                .param("case", caseId)
                .param("now", Timestamp.from(at))
                .param("user", user.userId())
                .update();
        CaseRef ref = new CaseRef(caseId, opening.childId(), opening.areaId(), opening.leadUserId());
        team.add(ref, opening.leadUserId(), TeamAroundChild.LEAD_ROLE, user);
        remindLead(ref, today, values);
        journal.publish(new CaseTaskDone(CaseTask.considerKey(opening.childId())));
        journal.audited(AuditAction.CREATE, "case", caseId, opening.childId(), "put on the register");
        journal.publish(new CaseOpened(
                caseId,
                opening.childId(),
                opening.areaId(),
                band.map(PriorBand::label).orElse(""),
                false,
                at,
                user.userId(),
                user.agencyId()));
        return caseId;
    }

    /** Reopens a closed case: a new planning meeting and review are due; the closure stays in the history. */
    @Transactional
    void reopen(CaseRef ref, String reason, HavenPrincipal user) {
        CaseSettings.Values values = settings.current();
        LocalDate today = LocalDate.now(clock);
        try {
            // A list, not single(): an unscreened case has no band, and single() refuses a null.
            Integer rank = jdbc.sql("SELECT band_rank FROM child_case WHERE id = :id")
                    .param("id", ref.caseId())
                    .query((rs, row) -> (Integer) rs.getObject(1))
                    .list()
                    .get(0);
            int updated = jdbc.sql("""
                            UPDATE child_case SET status = 'OPEN', closed_on = NULL, planning_meeting_held_on = NULL,
                                   planning_meeting_due_on = :meeting, next_review_on = :review, version = version + 1
                             WHERE id = :id AND status = 'CLOSED'
                            """)
                    .param("meeting", Date.valueOf(today.plusDays(values.planningMeetingDays())))
                    .param("review", Date.valueOf(today.plusWeeks(values.weeksFor(rank))))
                    .param("id", ref.caseId())
                    .update();
            if (updated == 0) {
                throw new IllegalStateException("case " + ref.caseId() + " is not closed");
            }
        } catch (DuplicateKeyException anotherOpen) {
            throw new AlreadyOpen();
        }
        statusChange(ref.caseId(), "REOPENED", reason, user);
        team.limitMembersAccess(ref, Optional.empty());
        remindLead(ref, today, values);
        journal.audited(AuditAction.UPDATE, "case", ref.caseId(), ref.childId(), "reopened");
        journal.publish(new CaseOpened(
                ref.caseId(), ref.childId(), ref.areaId(), "", true, clock.instant(), user.userId(), user.agencyId()));
    }

    /** Records that the multi-agency planning meeting was held, which closes its task. */
    @Transactional
    void planningMeetingHeld(CaseRef ref, LocalDate heldOn, HavenPrincipal user) {
        jdbc.sql("UPDATE child_case SET planning_meeting_held_on = :held, version = version + 1 WHERE id = :id")
                .param("held", Date.valueOf(heldOn))
                .param("id", ref.caseId())
                .update();
        journal.publish(new CaseTaskDone(CaseTask.planningKey(ref.caseId())));
        journal.step(
                ref,
                "case",
                ref.caseId(),
                "cases.planning-meeting",
                "Planning meeting held",
                "Multi-agency planning meeting held on " + CaseDates.format(heldOn),
                true,
                user);
    }

    /** Changes the lead professional, models and factor codes of an open case, if nobody changed it meanwhile. */
    @Transactional
    boolean changeDetails(
            CaseRef ref, int version, long lead, List<String> models, List<String> factors, HavenPrincipal user) {
        int updated = jdbc.sql("""
                        UPDATE child_case SET lead_user_id = :lead, version = version + 1
                         WHERE id = :id AND version = :version AND status = 'OPEN'
                        """)
                .param("lead", lead)
                .param("id", ref.caseId())
                .param("version", version)
                .update();
        if (updated == 0) {
            return false;
        }
        replaceCodes(ref.caseId(), models, factors);
        if (lead != ref.leadUserId()) {
            CaseRef changed = new CaseRef(ref.caseId(), ref.childId(), ref.areaId(), lead);
            team.handOverLead(changed, lead, user);
            remindLead(changed, LocalDate.now(clock), settings.current());
        }
        journal.step(
                ref,
                "case",
                ref.caseId(),
                "cases.details-changed",
                "Case details changed",
                "Case details changed (lead professional, models of exploitation or factors)",
                false,
                user);
        return true;
    }

    /**
     * The lead professional's reminders for an open case: its next review, the planning meeting while it has not
     * been held, and the transition hand-over for a child with additional needs not yet 18. Raised on opening and
     * reopening, and again for a new lead (the same source keys move the tasks to them).
     */
    private void remindLead(CaseRef ref, LocalDate today, CaseSettings.Values values) {
        String name = names.of(ref.childId());
        jdbc.sql("SELECT next_review_on, planning_meeting_due_on, planning_meeting_held_on FROM child_case"
                        + " WHERE id = :id")
                .param("id", ref.caseId())
                .query(rs -> {
                    journal.publish(CaseTask.review(
                            ref.caseId(),
                            ref.childId(),
                            name,
                            ref.leadUserId(),
                            rs.getDate(1).toLocalDate(),
                            values.reviewNoticeDays()));
                    if (rs.getDate(3) == null) {
                        journal.publish(CaseTask.planningMeeting(
                                ref.caseId(),
                                ref.childId(),
                                name,
                                ref.leadUserId(),
                                rs.getDate(2).toLocalDate()));
                    }
                });
        if (people.hasAdditionalNeeds(ref.childId())) {
            people.find(ref.childId()).flatMap(p -> p.dateOfBirth()).ifPresent(born -> {
                LocalDate eighteenth = born.plusYears(18);
                if (today.isBefore(eighteenth)) {
                    journal.publish(CaseTask.transition(
                            ref.caseId(),
                            ref.childId(),
                            name,
                            ref.leadUserId(),
                            born.plusMonths(values.transitionAgeMonths()),
                            eighteenth));
                }
            });
        }
    }

    private void replaceCodes(long caseId, List<String> models, List<String> factors) {
        jdbc.sql("DELETE FROM case_cse_model WHERE case_id = :case")
                .param("case", caseId)
                .update();
        jdbc.sql("DELETE FROM case_cin_factor WHERE case_id = :case")
                .param("case", caseId)
                .update();
        models.stream()
                .distinct()
                .forEach(code -> jdbc.sql("INSERT INTO case_cse_model (case_id, model_code) VALUES (:case, :code)")
                        .param("case", caseId)
                        .param("code", code)
                        .update());
        factors.stream()
                .distinct()
                .forEach(code -> jdbc.sql("INSERT INTO case_cin_factor (case_id, factor_code) VALUES (:case, :code)")
                        .param("case", caseId)
                        .param("code", code)
                        .update());
    }

    void statusChange(long caseId, String status, String reason, HavenPrincipal user) {
        statusChange(caseId, status, reason, user, clock.instant());
    }

    private void statusChange(long caseId, String status, String reason, HavenPrincipal user, Instant at) {
        jdbc.sql("""
                        INSERT INTO case_status_change (case_id, status, reason, changed_at, changed_by)
                        VALUES (:case, :status, :reason, :now, :user)
                        """)
                .param("case", caseId)
                .param("status", status)
                .param("reason", reason == null || reason.isBlank() ? null : reason)
                .param("now", Timestamp.from(at))
                .param("user", user.userId())
                .update();
    }
}
