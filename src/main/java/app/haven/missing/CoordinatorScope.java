package app.haven.missing;

import app.haven.identity.ChildAccess;
import app.haven.identity.SqlCondition;
import app.haven.platform.HavenPrincipal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The SQL condition for the coordinator's view: the chosen areas (only those the user covers), record scope in the
 * query (skipped, as on the register, where the user may open every child in those areas), and the filters.
 */
@Component
class CoordinatorScope {

    /** A WHERE clause over {@code missing_episode e} and its named parameters. */
    record Where(String sql, Map<String, Object> params, boolean personal) {}

    private final ChildAccess access;
    private final MissingSettings settings;
    private final Clock clock;

    CoordinatorScope(ChildAccess access, MissingSettings settings, Clock clock) {
        this.access = access;
        this.settings = settings;
        this.clock = clock;
    }

    Where where(CoordinatorFilter filter, List<Long> areaIds, HavenPrincipal user) {
        Map<String, Object> params = new HashMap<>();
        List<Long> areas =
                filter.areaId().filter(areaIds::contains).map(List::of).orElse(areaIds);
        params.put("areas", areas.isEmpty() ? List.of(-1L) : areas);
        List<String> conditions = new ArrayList<>(List.of("e.area_id IN (:areas)"));
        boolean personal = !access.seesEveryChildIn(user, areas) || areas.isEmpty();
        if (personal) {
            SqlCondition scope = access.visibleChildren(user, "e.child_id");
            params.putAll(scope.parameters());
            conditions.add(scope.sql());
        }
        MissingSettings.Values values = settings.current();
        // To the minute, as the register's missing counts are: the same question asked within a minute is then the
        // same SQL with the same parameters, so its count is shared (CoordinatorView) rather than read every time.
        Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        Timestamp now = Timestamp.from(minute);
        Timestamp since = Timestamp.from(minute.minus(Duration.ofDays(values.repeatWindowDays())));
        switch (filter.show()) {
            case "interview-due" -> {
                conditions.add("e.interview_due_at >= :now");
                params.put("now", now);
            }
            case "interview-overdue" -> {
                conditions.add("e.interview_due_at < :now");
                params.put("now", now);
            }
            case "repeat" -> {
                // A child's episodes in the window, in any area (as the "screen again" prompt counts them), from the
                // child's summary row (V320): one look-up per candidate episode, not a range of the child's episodes.
                conditions.add("e.started_at >= :since AND EXISTS (SELECT 1 FROM missing_child_summary s"
                        + " WHERE s.child_id = e.child_id AND " + RepeatMissing.countSince("s", ":before_since")
                        + " >= :repeat)");
                params.put("since", since);
                params.put("before_since", RepeatMissing.justBefore(since));
                params.put("repeat", values.repeatEpisodes());
            }
            case "recent" -> {
                conditions.add("e.started_at >= :since");
                params.put("since", since);
            }
            default -> conditions.add("e.ended_at IS NULL");
        }
        if (!filter.category().isEmpty()) {
            conditions.add("e.category = :category");
            params.put("category", filter.category());
        }
        if (!filter.risk().isEmpty()) {
            conditions.add("e.risk_grade = :risk");
            params.put("risk", filter.risk());
        }
        return new Where(String.join(" AND ", conditions), params, personal);
    }
}
