package app.haven.missing;

import app.haven.identity.ChildInvolvements;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who is asked to do a return home interview: the commissioned service's workers in the episode's area (someone
 * independent of the placement: statutory guidance 2014) and the child's lead professional. Each worker may open the
 * child's record while the interview is due; once one of them records it, the others' access ends and every task
 * for the interview is done.
 */
@Service
class InterviewWorkers {

    private final JdbcClient jdbc;
    private final ChildInvolvements involvements;
    private final ApplicationEventPublisher events;

    InterviewWorkers(JdbcClient jdbc, ChildInvolvements involvements, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.involvements = involvements;
        this.events = events;
    }

    /** Raises the interview task for each worker and the lead professional; opens the child's record to the workers. */
    void ask(EpisodeView episode, InterviewDeadline deadline, Optional<Long> lead) {
        Set<Long> asked = new LinkedHashSet<>();
        for (Worker worker : commissionedWorkersIn(episode.areaId())) {
            long involvement = involvements.start(
                    episode.childId(), episode.areaId(), worker.agencyId(), worker.teamId(), Optional.of(worker.id()));
            jdbc.sql("""
                            INSERT INTO return_interview_worker (episode_id, user_id, involvement_id)
                            VALUES (:episode, :user, :involvement)
                            """)
                    .param("episode", episode.id())
                    .param("user", worker.id())
                    .param("involvement", involvement)
                    .update();
            asked.add(worker.id());
        }
        lead.ifPresent(asked::add);
        String dueAt = MissingDates.format(deadline.dueAt());
        for (long user : asked) {
            events.publishEvent(MissingTask.interview(episode.id(), episode.childId(), user, dueAt, deadline.dueOn()));
        }
    }

    /** The interview is recorded: every task for it is done; workers other than the interviewer lose their access. */
    void done(long episodeId, Optional<Long> lead, long interviewer) {
        List<Asked> asked = jdbc.sql("""
                        SELECT w.user_id, w.involvement_id FROM return_interview_worker w WHERE w.episode_id = :episode
                        """)
                .param("episode", episodeId)
                .query((rs, row) -> new Asked(rs.getLong(1), rs.getLong(2)))
                .list();
        for (Asked worker : asked) {
            events.publishEvent(new MissingTaskDone(MissingTask.interviewKey(episodeId, worker.userId())));
            if (worker.userId() != interviewer) {
                involvements.end(worker.involvementId());
            }
        }
        lead.ifPresent(user -> events.publishEvent(new MissingTaskDone(MissingTask.interviewKey(episodeId, user))));
        events.publishEvent(new MissingTaskDone(MissingTask.interviewKey(episodeId, interviewer)));
    }

    private record Worker(long id, long agencyId, Optional<Long> teamId) {}

    private record Asked(long userId, long involvementId) {}

    private List<Worker> commissionedWorkersIn(long areaId) {
        return jdbc.sql("""
                        SELECT u.id, u.agency_id, u.team_id FROM user_account u JOIN agency a ON a.id = u.agency_id
                         WHERE u.enabled AND a.kind = 'COMMISSIONED_SERVICE'
                           AND EXISTS (SELECT 1 FROM user_area ua WHERE ua.user_id = u.id AND ua.area_id = :area)
                           AND EXISTS (SELECT 1 FROM user_role r JOIN role_permission rp ON rp.role_code = r.role_code
                                        WHERE r.user_id = u.id AND rp.permission_code = 'RETURN_INTERVIEW')
                         ORDER BY u.id
                        """)
                .param("area", areaId)
                .query((rs, row) -> new Worker(
                        rs.getLong(1), rs.getLong(2), Optional.ofNullable((Long) rs.getObject(3, Long.class))))
                .list();
    }
}
