package app.haven.screening;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.people.People;
import app.haven.people.PersonSummary;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.WorkingDays;
import app.haven.screening.banding.Answer;
import app.haven.screening.banding.Banding;
import app.haven.screening.banding.BandingResult;
import app.haven.screening.banding.ChildFacts;
import app.haven.screening.banding.Response;
import app.haven.screening.banding.Timing;
import app.haven.screening.banding.ToolDefinition;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starting, saving and submitting screenings. Reading them is {@link ScreeningQueries}. */
@Service
class Screenings {

    private final JdbcClient jdbc;
    private final ScreeningTools tools;
    private final People people;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ScreeningSettings settings;
    private final DraftWriter drafts;
    private final Clock clock;

    Screenings(
            JdbcClient jdbc,
            ScreeningTools tools,
            People people,
            AuditLog audit,
            ApplicationEventPublisher events,
            ScreeningSettings settings,
            DraftWriter drafts,
            Clock clock) {
        this.jdbc = jdbc;
        this.tools = tools;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
        this.drafts = drafts;
        this.clock = clock;
    }

    @Transactional
    long start(long childId, ToolDefinition tool, HavenPrincipal user) {
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                        INSERT INTO screening (child_id, tool_id, tool_version, status, completed_by, started_by, updated_by,
                                               agency_id, screening_date, started_at, updated_at)
                        VALUES (:child, :tool, :version, 'DRAFT', :user, :user, :user, :agency, :today, :now, :now)
                        RETURNING id
                        """)
                .param("child", childId)
                .param("tool", tool.id())
                .param("version", tool.version())
                .param("user", user.userId())
                .param("agency", user.agencyId())
                .param("today", Date.valueOf(LocalDate.now(clock)))
                .param("now", now)
                .query(Long.class)
                .single();
        audit.record(AuditAction.CREATE, "screening", id, Optional.of(childId), Optional.of(tool.name()));
        return id;
    }

    /**
     * Saves whatever has been typed so far (a draft can be half done) if nobody saved since {@code expectedVersion}
     * was read; the new version, or empty when nothing was written (a stale save, or no longer a draft).
     */
    @Transactional
    OptionalInt saveDraft(ScreeningRecord screening, ScreeningForm form, int expectedVersion, HavenPrincipal user) {
        if (!drafts.write(screening.id(), form, expectedVersion, user)) {
            return OptionalInt.empty();
        }
        audit.record(
                AuditAction.UPDATE,
                "screening",
                screening.id(),
                Optional.of(screening.childId()),
                Optional.of("draft saved"));
        return OptionalInt.of(expectedVersion + 1);
    }

    /**
     * Stores the final answers, bands them and completes the screening, once: a second submit (a double click, a
     * second tab) or a stale one writes nothing, audits nothing and publishes nothing, and gets empty.
     */
    @Transactional
    Optional<BandingResult> submit(
            ScreeningRecord screening,
            ScreeningForm form,
            int expectedVersion,
            ToolDefinition tool,
            HavenPrincipal user) {
        if (!drafts.write(screening.id(), form, expectedVersion, user)) {
            return Optional.empty();
        }
        LocalDate date = form.screeningDate().toDate().orElseThrow();
        PersonSummary child = people.find(screening.childId()).orElseThrow();
        int age = child.dateOfBirth()
                .map(dob -> Period.between(dob, date).getYears())
                .orElse(99);
        BandingResult result = Banding.band(
                tool, responses(tool, form), new ChildFacts(age, people.hasLearningDisability(child.id())));
        List<ChildProtectionTrigger> triggers = form.triggersAnsweredYes();
        List<String> reasons = new ArrayList<>(result.reasons());
        if (child.dateOfBirth().isEmpty()) {
            reasons.add("The child's date of birth is not recorded, so the age rules could not be applied");
        }
        Optional<LocalDate> rescreen = RescreenDate.of(
                tool,
                result.band(),
                date,
                !triggers.isEmpty(),
                !result.notKnown().isEmpty(),
                settings.current());
        Instant now = clock.instant();
        int completed = jdbc.sql("""
                        UPDATE screening SET status = 'COMPLETED', band_code = :code, band_label = :label, band_rank = :rank,
                               points = :points, reasons = :reasons::text[], triggers = :triggers::text[],
                               triggers_answered = true, completed_by = :user, completed_at = :now, updated_at = :now,
                               rescreen_on = :rescreen, version = version + 1
                         WHERE id = :id AND status = 'DRAFT'
                        """)
                .param("code", result.band().code())
                .param("label", result.band().label())
                .param("rank", result.band().rank())
                .param("points", result.points())
                .param("reasons", TextArrays.literal(reasons))
                .param(
                        "triggers",
                        TextArrays.literal(triggers.stream().map(Enum::name).toList()))
                .param("user", user.userId())
                .param("now", Timestamp.from(now))
                .param("rescreen", rescreen.map(Date::valueOf).orElse(null))
                .param("id", screening.id())
                .update();
        if (completed != 1) {
            return Optional.empty();
        }
        audit.record(
                AuditAction.UPDATE,
                "screening",
                screening.id(),
                Optional.of(screening.childId()),
                Optional.of("completed: " + result.band().label()));
        events.publishEvent(new ScreeningCompleted(
                screening.id(),
                screening.childId(),
                tool.id(),
                tool.version(),
                result.band().code(),
                result.band().label(),
                result.band().rank(),
                triggers,
                now,
                user.userId(),
                user.agencyId()));
        rescreen.ifPresent(due -> events.publishEvent(new RescreenDue(child.id(), child.name(), user.userId(), due)));
        if (!triggers.isEmpty()) {
            events.publishEvent(new StrategyDiscussionRequired(
                    screening.id(),
                    child.id(),
                    child.name(),
                    triggers,
                    WorkingDays.after(LocalDate.now(clock), settings.current().strategyDiscussionWorkingDays())));
        }
        return Optional.of(result);
    }

    /** Discards a draft (kept, marked discarded, shown nowhere); false when it is no longer a draft. */
    @Transactional
    boolean discard(ScreeningRecord screening, HavenPrincipal user) {
        int updated = jdbc.sql("""
                        UPDATE screening SET status = 'DISCARDED', discarded_by = :user, discarded_at = :now,
                               version = version + 1
                         WHERE id = :id AND status = 'DRAFT'
                        """)
                .param("user", user.userId())
                .param("now", Timestamp.from(clock.instant()))
                .param("id", screening.id())
                .update();
        if (updated == 1) {
            audit.record(
                    AuditAction.DELETE,
                    "screening",
                    screening.id(),
                    Optional.of(screening.childId()),
                    Optional.of("draft discarded"));
        }
        return updated == 1;
    }

    private static List<Response> responses(ToolDefinition tool, ScreeningForm form) {
        List<Response> responses = new ArrayList<>();
        form.answers()
                .forEach((id, input) -> responses.add(new Response(
                        id,
                        Answer.valueOf(input.answer()),
                        // Only the points tool's timed indicators ask "when", and for them it is required.
                        input.timing().isEmpty() ? Timing.CURRENT : Timing.valueOf(input.timing()))));
        return responses;
    }
}
