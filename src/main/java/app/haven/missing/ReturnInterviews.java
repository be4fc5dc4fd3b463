package app.haven.missing;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.cases.OpenCases;
import app.haven.people.People;
import app.haven.platform.HavenPrincipal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording the return home interview after an episode: held, declined or not possible, what the child said, the
 * push and pull factors, and any disclosure (announced as {@link DisclosureMade} for the referrals module). Recording
 * it clears every interview task for the episode.
 */
@Service
class ReturnInterviews {

    /** Someone recorded this episode's interview first; nothing was saved. */
    static final class AlreadyRecorded extends RuntimeException {
        AlreadyRecorded() {
            super("the interview is already recorded");
        }
    }

    private final JdbcClient jdbc;
    private final InterviewWorkers workers;
    private final MissingSettings settings;
    private final OpenCases cases;
    private final People people;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReturnInterviews(
            JdbcClient jdbc,
            InterviewWorkers workers,
            MissingSettings settings,
            OpenCases cases,
            People people,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.workers = workers;
        this.settings = settings;
        this.cases = cases;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The deadline for an ended episode's interview. */
    InterviewDeadline deadline(EpisodeView episode) {
        Instant returned = episode.endedAt().orElseThrow(() -> new IllegalStateException("the child has not returned"));
        return new InterviewDeadline(returned, settings.current().interviewHours());
    }

    @Transactional
    long record(EpisodeView episode, NewInterview interview, HavenPrincipal user) {
        long id;
        try {
            id = insert(episode, interview, user);
        } catch (DuplicateKeyException taken) {
            throw new AlreadyRecorded();
        }
        jdbc.sql("UPDATE missing_episode SET interview_due_at = NULL WHERE id = :id")
                .param("id", episode.id())
                .update();
        for (String factor : interview.factors()) {
            jdbc.sql("INSERT INTO return_interview_factor (interview_id, factor_code) VALUES (:id, :code)")
                    .param("id", id)
                    .param("code", factor)
                    .update();
        }
        InterviewDeadline deadline = deadline(episode);
        boolean within = deadline.met(interview.heldAt().orElse(interview.offeredAt()));
        Optional<Long> lead =
                cases.forChild(people.recordIds(episode.childId())).map(OpenCases.OpenCase::leadUserId);
        workers.done(episode.id(), lead, user.userId());
        audit.record(AuditAction.CREATE, "return-interview", id, Optional.of(episode.childId()), Optional.empty());
        Instant when = interview.heldAt().orElse(interview.offeredAt());
        events.publishEvent(new ReturnInterviewCompleted(
                id,
                episode.id(),
                episode.childId(),
                MissingChoices.label(MissingChoices.OUTCOMES, interview.outcome()),
                within,
                interview.disclosure().isPresent(),
                when,
                user.userId(),
                user.agencyId()));
        interview
                .disclosure()
                .ifPresent(d -> events.publishEvent(new DisclosureMade(
                        "return-interview:" + id,
                        id,
                        episode.id(),
                        episode.childId(),
                        d.what(),
                        d.about(),
                        d.passedToPolice(),
                        when,
                        user.userId(),
                        user.agencyId())));
        return id;
    }

    Optional<InterviewView> forEpisode(long episodeId) {
        return jdbc.sql("""
                        SELECT r.*, u.display_name AS conducted_by_name, a.name AS agency_name,
                               ARRAY(SELECT f.label FROM return_interview_factor rf JOIN push_pull_factor f ON f.code = rf.factor_code
                                      WHERE rf.interview_id = r.id ORDER BY f.position) AS factor_labels
                          FROM return_interview r JOIN user_account u ON u.id = r.conducted_by
                          JOIN agency a ON a.id = r.conducted_agency_id
                         WHERE r.episode_id = :episode
                        """)
                .param("episode", episodeId)
                .query((rs, row) -> view(rs))
                .optional();
    }

    private long insert(EpisodeView episode, NewInterview interview, HavenPrincipal user) {
        Optional<NewInterview.Disclosure> disclosure = interview.disclosure();
        return jdbc.sql("""
                        INSERT INTO return_interview (episode_id, outcome, offered_at, held_at, conducted_by,
                               conducted_agency_id, reason_not_held, where_and_with_whom, how_travelled, harm,
                               what_would_help, child_words, late_reason, disclosure_made, disclosure_what,
                               disclosure_about, disclosure_to_police, recorded_at)
                        VALUES (:episode, :outcome, :offered, :held, :user, :agency, :reason, :where, :travelled, :harm,
                                :help, :words, :late, :made, :what, :about, :police, :now)
                        RETURNING id
                        """)
                .param("episode", episode.id())
                .param("outcome", interview.outcome())
                .param("offered", Timestamp.from(interview.offeredAt()))
                .param("held", interview.heldAt().map(Timestamp::from).orElse(null))
                .param("user", user.userId())
                .param("agency", user.agencyId())
                .param("reason", interview.reasonNotHeld().orElse(null))
                .param("where", interview.whereAndWithWhom().orElse(null))
                .param("travelled", interview.howTravelled().orElse(null))
                .param("harm", interview.harm().orElse(null))
                .param("help", interview.whatWouldHelp().orElse(null))
                .param("words", interview.childWords().orElse(null))
                .param("late", interview.lateReason().orElse(null))
                .param("made", disclosure.isPresent())
                .param("what", disclosure.map(NewInterview.Disclosure::what).orElse(null))
                .param(
                        "about",
                        disclosure.flatMap(NewInterview.Disclosure::about).orElse(null))
                .param(
                        "police",
                        disclosure.map(NewInterview.Disclosure::passedToPolice).orElse(null))
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
    }

    private static InterviewView view(ResultSet rs) throws SQLException {
        Object police = rs.getObject("disclosure_to_police");
        return new InterviewView(
                rs.getLong("id"),
                rs.getLong("episode_id"),
                rs.getString("outcome"),
                rs.getTimestamp("offered_at").toInstant(),
                EpisodeQueries.instant(rs.getTimestamp("held_at")),
                rs.getString("conducted_by_name"),
                rs.getString("agency_name"),
                text(rs, "reason_not_held"),
                text(rs, "where_and_with_whom"),
                text(rs, "how_travelled"),
                text(rs, "harm"),
                text(rs, "what_would_help"),
                text(rs, "child_words"),
                Arrays.asList((String[]) rs.getArray("factor_labels").getArray()),
                text(rs, "late_reason"),
                rs.getBoolean("disclosure_made"),
                text(rs, "disclosure_what"),
                text(rs, "disclosure_about"),
                Optional.ofNullable((Boolean) police));
    }

    private static Optional<String> text(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    List<app.haven.platform.web.Option> factors() {
        return jdbc.sql("""
                        SELECT code, CASE kind WHEN 'PUSH' THEN 'Push: ' ELSE 'Pull: ' END || label
                          FROM push_pull_factor WHERE NOT retired ORDER BY position
                        """)
                .query((rs, row) -> new app.haven.platform.web.Option(rs.getString(1), rs.getString(2)))
                .list();
    }
}
