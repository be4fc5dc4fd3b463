package app.haven.missing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The figures at the top of the coordinator's view, for whole areas (the view is for coordinators, who see their
 * areas' every child). They do not depend on who asks, so they are shared: counted ahead, in the background, every
 * five seconds while someone reads them ({@link FiguresAhead}), so no request waits for them but the very first. A
 * repeat-missing child is one with an episode in the area in the window and, in any area, at least the setting's count
 * of episodes in it (as the view's "repeat missing" list and the "screen again" prompt count them).
 */
@Service
class CoordinatorFiguresQuery {

    private final FiguresAhead<List<Long>, CoordinatorFigures> ahead;
    private final JdbcClient jdbc;
    private final MissingSettings settings;
    private final Clock clock;

    CoordinatorFiguresQuery(JdbcClient jdbc, MissingSettings settings, Clock clock, MissingFiguresCounter counter) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.ahead = new FiguresAhead<>(Duration.ofSeconds(5), this::read, counter);
    }

    CoordinatorFigures forAreas(List<Long> areas) {
        return ahead.get(List.copyOf(areas));
    }

    private CoordinatorFigures read(List<Long> areas) {
        MissingSettings.Values values = settings.current();
        LocalDate today = LocalDate.now(clock.withZone(InterviewDeadline.LONDON));
        LocalDate quarter = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
        Timestamp quarterStart =
                Timestamp.from(quarter.atStartOfDay(InterviewDeadline.LONDON).toInstant());
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp since = Timestamp.from(clock.instant().minus(Duration.ofDays(values.repeatWindowDays())));
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM missing_episode e WHERE e.area_id IN (:areas) AND e.ended_at IS NULL),
                               (SELECT count(*) FROM missing_episode e WHERE e.area_id IN (:areas)
                                  AND e.interview_due_at >= :now),
                               (SELECT count(*) FROM missing_episode e WHERE e.area_id IN (:areas)
                                  AND e.interview_due_at < :now),
                               (SELECT count(*) FROM missing_child_summary s WHERE s.child_id IN
                                  (SELECT e.child_id FROM missing_episode e WHERE e.area_id IN (:areas)
                                      AND e.started_at >= :since)
                                  AND """ + RepeatMissing.countSince("s", ":before_since") + """
                                   >= :repeat),
                               q.returns, q.offered, q.held
                          FROM (SELECT count(*) AS returns,
                                       count(*) FILTER (WHERE r.offered_at <= e.ended_at + make_interval(hours => :hours)) AS offered,
                                       count(*) FILTER (WHERE r.held_at <= e.ended_at + make_interval(hours => :hours)) AS held
                                  FROM missing_episode e LEFT JOIN return_interview r ON r.episode_id = e.id
                                 WHERE e.area_id IN (:areas) AND e.ended_at >= :quarter) q
                        """)
                .param("areas", areas.isEmpty() ? List.of(-1L) : areas)
                .param("now", now)
                .param("since", since)
                .param("before_since", RepeatMissing.justBefore(since))
                .param("repeat", values.repeatEpisodes())
                .param("hours", values.interviewHours())
                .param("quarter", quarterStart)
                .query((rs, row) -> new CoordinatorFigures(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7)))
                .single();
    }
}
