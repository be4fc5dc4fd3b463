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
 * areas' every child). They do not depend on who asks, so they are shared: counted ahead, in the background, while
 * someone reads them ({@link FiguresAhead}), so no request waits for them but the very first: the open episodes,
 * interviews and repeat-missing children every five seconds, the quarter's compliance (a join of the quarter's returns
 * with their interviews, the dearest of them) every minute. A
 * repeat-missing child is one with an episode in the area in the window and, in any area, at least the setting's count
 * of episodes in it (as the view's "repeat missing" list and the "screen again" prompt count them).
 */
@Service
class CoordinatorFiguresQuery {

    /** Open, due, overdue and repeat: counted ahead every five seconds. */
    private record Counts(long open, long due, long overdue, long repeat) {}

    /** The quarter's returns and interviews in time: a quarter's figure, counted ahead every minute. */
    private record Compliance(long returns, long offered, long held) {}

    private final FiguresAhead<List<Long>, Counts> counts;
    private final FiguresAhead<List<Long>, Compliance> compliance;
    private final JdbcClient jdbc;
    private final MissingSettings settings;
    private final Clock clock;

    CoordinatorFiguresQuery(JdbcClient jdbc, MissingSettings settings, Clock clock, MissingFiguresCounter counter) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.counts = new FiguresAhead<>(Duration.ofSeconds(5), counter);
        this.compliance = new FiguresAhead<>(Duration.ofMinutes(1), counter);
    }

    CoordinatorFigures forAreas(List<Long> areas) {
        List<Long> key = List.copyOf(areas.isEmpty() ? List.of(-1L) : areas);
        Counts now = counts.get(key, () -> counts(key));
        Compliance quarter = compliance.get(key, () -> compliance(key));
        return new CoordinatorFigures(
                now.open(),
                now.due(),
                now.overdue(),
                now.repeat(),
                quarter.returns(),
                quarter.offered(),
                quarter.held());
    }

    private Counts counts(List<Long> areas) {
        MissingSettings.Values values = settings.current();
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
                                   >= :repeat)
                        """)
                .param("areas", areas)
                .param("now", now)
                .param("since", since)
                .param("before_since", RepeatMissing.justBefore(since))
                .param("repeat", values.repeatEpisodes())
                .query((rs, row) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    private Compliance compliance(List<Long> areas) {
        LocalDate today = LocalDate.now(clock.withZone(InterviewDeadline.LONDON));
        LocalDate quarter = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
        Timestamp quarterStart =
                Timestamp.from(quarter.atStartOfDay(InterviewDeadline.LONDON).toInstant());
        return jdbc.sql("""
                        SELECT count(*) AS returns,
                               count(*) FILTER (WHERE r.offered_at <= e.ended_at + make_interval(hours => :hours)) AS offered,
                               count(*) FILTER (WHERE r.held_at <= e.ended_at + make_interval(hours => :hours)) AS held
                          FROM missing_episode e LEFT JOIN return_interview r ON r.episode_id = e.id
                         WHERE e.area_id IN (:areas) AND e.ended_at >= :quarter
                        """)
                .param("areas", areas)
                .param("hours", settings.current().interviewHours())
                .param("quarter", quarterStart)
                .query((rs, row) -> new Compliance(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
    }
}
