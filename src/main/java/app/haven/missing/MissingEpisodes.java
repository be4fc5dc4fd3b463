package app.haven.missing;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.cases.OpenCases;
import app.haven.identity.Workforce;
import app.haven.people.People;
import app.haven.people.PersonSummary;
import app.haven.platform.HavenPrincipal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting a child missing and recording their return, under the statutory rules. Reporting tells the lead
 * professional of an open case at once and, at the repeat-missing threshold, asks for a new screening; the return
 * makes the return home interview due for the commissioned service's workers in the area and the lead professional.
 */
@Service
class MissingEpisodes {

    private final JdbcClient jdbc;
    private final EpisodeQueries queries;
    private final InterviewWorkers workers;
    private final MissingSettings settings;
    private final OpenCases cases;
    private final People people;
    private final Workforce workforce;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MissingEpisodes(
            JdbcClient jdbc,
            EpisodeQueries queries,
            InterviewWorkers workers,
            MissingSettings settings,
            OpenCases cases,
            People people,
            Workforce workforce,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.workers = workers;
        this.settings = settings;
        this.cases = cases;
        this.people = people;
        this.workforce = workforce;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Saves a reported episode and returns its id; refuses, saving nothing, when a statutory rule is broken. */
    @Transactional
    long report(PersonSummary child, NewEpisode episode, HavenPrincipal user) {
        List<Long> records = people.recordIds(child.id());
        lockChild(child.id());
        EpisodeSpan span = new EpisodeSpan(0, episode.startedAt(), episode.endedAt());
        refuseIfBroken(EpisodeRules.check(span, queries.spans(records), child.dateOfBirth(), clock.instant()));
        Optional<OpenCases.OpenCase> openCase = cases.forChild(records);
        long area = openCase.map(OpenCases.OpenCase::areaId).orElseGet(() -> areaFor(child.id(), user));
        long id = insert(child.id(), area, episode, user);
        insertInvolved(id, "PLACE", episode.places());
        insertInvolved(id, "PERSON", episode.people());
        audit.record(
                AuditAction.CREATE, "missing-episode", id, Optional.of(child.id()), Optional.of("reported missing"));
        events.publishEvent(new MissingEpisodeStarted(
                id,
                child.id(),
                area,
                MissingChoices.label(MissingChoices.CATEGORIES, episode.category()),
                MissingChoices.label(MissingChoices.GRADES, episode.riskGrade()),
                episode.startedAt(),
                user.userId(),
                user.agencyId()));
        LocalDate today = MissingDates.today(clock);
        if (episode.endedAt().isPresent()) {
            returned(queries.find(id).orElseThrow(), episode.endedAt().get(), openCase, user);
        } else {
            openCase.ifPresent(c -> events.publishEvent(MissingTask.reported(id, child.id(), c.leadUserId(), today)));
        }
        promptRepeat(child.id(), records, openCase, today);
        return id;
    }

    /** Records the return; refuses, saving nothing, on a broken rule or when the episode changed since it was read. */
    @Transactional
    void recordReturn(EpisodeView episode, EpisodeReturn ended, HavenPrincipal user) {
        lockChild(episode.childId());
        EpisodeSpan span = new EpisodeSpan(episode.id(), episode.startedAt(), Optional.of(ended.endedAt()));
        Optional<LocalDate> born = people.find(episode.childId()).flatMap(PersonSummary::dateOfBirth);
        refuseIfBroken(
                EpisodeRules.check(span, queries.spans(people.recordIds(episode.childId())), born, clock.instant()));
        InterviewDeadline deadline =
                new InterviewDeadline(ended.endedAt(), settings.current().interviewHours());
        int updated = jdbc.sql("""
                        UPDATE missing_episode SET ended_at = :ended, where_found = :where, found_with = :with,
                               how_returned = :how, harm_or_crime = :harm, return_recorded_by = :user,
                               return_recorded_at = :now, interview_due_at = :due, version = version + 1
                         WHERE id = :id AND version = :version AND ended_at IS NULL
                        """)
                .param("ended", Timestamp.from(ended.endedAt()))
                .param("where", ended.whereFound().orElse(null))
                .param("with", ended.foundWith().orElse(null))
                .param("how", ended.howReturned().orElse(null))
                .param("harm", ended.harmOrCrime().orElse(null))
                .param("user", user.userId())
                .param("now", Timestamp.from(clock.instant()))
                .param("id", episode.id())
                .param("version", ended.version())
                .param("due", Timestamp.from(deadline.dueAt()))
                .update();
        if (updated == 0) {
            throw new EpisodeRefused(List.of(new EpisodeRules.Breach(
                    "",
                    "Someone else has just recorded this child's return or changed the episode. Check it below"
                            + " before recording anything more.")));
        }
        audit.record(
                AuditAction.UPDATE,
                "missing-episode",
                episode.id(),
                Optional.of(episode.childId()),
                Optional.of("returned"));
        events.publishEvent(new MissingTaskDone(MissingTask.reportedKey(episode.id())));
        returned(episode, ended.endedAt(), cases.forChild(people.recordIds(episode.childId())), user);
    }

    /** The child is back: the chronology hears, and the interview is asked of the service's workers and the lead. */
    private void returned(
            EpisodeView episode, Instant endedAt, Optional<OpenCases.OpenCase> openCase, HavenPrincipal user) {
        InterviewDeadline deadline =
                new InterviewDeadline(endedAt, settings.current().interviewHours());
        events.publishEvent(new ChildReturned(
                episode.id(),
                episode.childId(),
                episode.areaId(),
                endedAt,
                deadline.dueAt(),
                user.userId(),
                user.agencyId()));
        workers.ask(episode, deadline, openCase.map(OpenCases.OpenCase::leadUserId));
    }

    /** At the setting's count of episodes within its window (3 in 90 days), the child should be screened again. */
    private void promptRepeat(long child, List<Long> records, Optional<OpenCases.OpenCase> openCase, LocalDate today) {
        MissingSettings.Values values = settings.current();
        Instant since = clock.instant().minus(values.repeatWindowDays(), ChronoUnit.DAYS);
        int recent = queries.startedSince(records, since);
        if (recent >= values.repeatEpisodes()) {
            events.publishEvent(MissingTask.screenAgain(
                    child, openCase.map(OpenCases.OpenCase::leadUserId), recent, values.repeatWindowDays(), today));
        }
    }

    private long insert(long child, long area, NewEpisode episode, HavenPrincipal user) {
        try {
            return jdbc.sql("""
                            INSERT INTO missing_episode (child_id, area_id, category, reported_by, reported_at,
                                   police_reference, started_at, ended_at, risk_grade, risk_reason, graded_by, looked_after,
                                   recorded_by, recorded_at, return_recorded_by, return_recorded_at, interview_due_at)
                            SELECT p.id, :area, :category, :reportedBy, :reportedAt, :police, :started, CAST(:ended AS timestamptz), :grade,
                                   :reason, :gradedBy, p.looked_after_status = 'LOOKED_AFTER', :user, :now,
                                   CASE WHEN :returned THEN CAST(:user AS bigint) END, CASE WHEN :returned THEN CAST(:now AS timestamptz) END,
                                   CAST(:due AS timestamptz)
                              FROM person p WHERE p.id = :child
                            RETURNING id
                            """)
                    .param("area", area)
                    .param("category", episode.category())
                    .param("reportedBy", episode.reportedBy())
                    .param("reportedAt", Timestamp.from(episode.reportedAt()))
                    .param("police", episode.policeReference().orElse(null))
                    .param("started", Timestamp.from(episode.startedAt()))
                    .param("ended", episode.endedAt().map(Timestamp::from).orElse(null))
                    .param("returned", episode.endedAt().isPresent())
                    .param(
                            "due",
                            episode.endedAt()
                                    .map(end -> Timestamp.from(new InterviewDeadline(
                                                    end, settings.current().interviewHours())
                                            .dueAt()))
                                    .orElse(null))
                    .param("grade", episode.riskGrade())
                    .param("reason", episode.riskReason())
                    .param("gradedBy", episode.gradedBy())
                    .param("user", user.userId())
                    .param("now", Timestamp.from(clock.instant()))
                    .param("child", child)
                    .query(Long.class)
                    .single();
        } catch (DataIntegrityViolationException race) {
            // The exclusion constraint and the one-open index catch what a concurrent save slipped past the check.
            throw new EpisodeRefused(List.of(new EpisodeRules.Breach(
                    "started",
                    "Someone has just recorded an episode for this child at the same time: check their episodes")));
        }
    }

    private void insertInvolved(long episode, String kind, List<String> descriptions) {
        for (int i = 0; i < descriptions.size(); i++) {
            jdbc.sql("""
                            INSERT INTO missing_episode_involved (episode_id, kind, description, position)
                            VALUES (:episode, :kind, :description, :position)
                            """)
                    .param("episode", episode)
                    .param("kind", kind)
                    .param("description", descriptions.get(i))
                    .param("position", i)
                    .update();
        }
    }

    /** Episodes of one child are checked and saved one at a time, so two reports cannot both pass the checks. */
    private void lockChild(long child) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:space, CAST(:child AS integer))")
                .param("space", 150)
                .param("child", (int) child)
                .query((rs, row) -> 1)
                .list();
    }

    /** The area whose coordinator follows the episode: the child's own area if the user covers it, else the user's. */
    private long areaFor(long child, HavenPrincipal user) {
        List<Long> covered =
                workforce.areasOf(user).stream().map(Workforce.Area::id).toList();
        Optional<Long> own = jdbc.sql("SELECT area_id FROM person WHERE id = :id AND area_id IS NOT NULL")
                .param("id", child)
                .query(Long.class)
                .optional();
        return own.filter(covered::contains)
                .or(() -> covered.stream().findFirst())
                .or(() -> own)
                .orElseThrow(() -> new IllegalStateException("no area for a missing episode of child " + child));
    }

    private static void refuseIfBroken(List<EpisodeRules.Breach> breaches) {
        if (!breaches.isEmpty()) {
            throw new EpisodeRefused(breaches);
        }
    }
}
