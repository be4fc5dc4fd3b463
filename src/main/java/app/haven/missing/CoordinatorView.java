package app.haven.missing;

import app.haven.platform.HavenPrincipal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The missing coordinator's view: an area's episodes, filtered and ordered in the database, a page at a time, with
 * each child's name and episodes in the last 90 days (its summary row, V320) joined to the page's rows only; the same
 * rows streamed for CSV.
 */
@Service
class CoordinatorView {

    private static final Map<String, String> ORDER = Map.of(
            "started", "e.started_at DESC, e.id DESC",
            "due", "e.interview_due_at NULLS LAST, e.started_at DESC, e.id DESC",
            "risk",
                    // The same expression as the index missing_episode_risk_idx (V160), so the order is read from it.
                    "array_position(ARRAY['NO_APPARENT_RISK', 'LOW', 'MEDIUM', 'HIGH']::text[], e.risk_grade) DESC,"
                            + " e.started_at DESC, e.id DESC");

    private final FiguresAhead<String, Long> counts;
    private final JdbcClient jdbc;
    private final CoordinatorScope scope;
    private final RowStream stream;
    private final MissingSettings settings;
    private final Clock clock;

    CoordinatorView(
            JdbcClient jdbc,
            CoordinatorScope scope,
            RowStream stream,
            MissingSettings settings,
            Clock clock,
            MissingFiguresCounter counter) {
        this.counts = new FiguresAhead<>(Duration.ofSeconds(5), counter);
        this.jdbc = jdbc;
        this.scope = scope;
        this.stream = stream;
        this.settings = settings;
        this.clock = clock;
    }

    CoordinatorPage page(CoordinatorFilter filter, List<Long> areaIds, HavenPrincipal user) {
        CoordinatorScope.Where where = scope.where(filter, areaIds, user);
        long total = count("SELECT count(*) FROM missing_episode e WHERE " + where.sql(), where);
        int pages = (int) Math.max(1, (total + CoordinatorFilter.PAGE_SIZE - 1) / CoordinatorFilter.PAGE_SIZE);
        int page = Math.min(filter.page(), pages);
        // Limit and offset in the SQL, not parameters, so the prepared statement's plan is reused (see Register).
        String sql = rows(where, filter, page * CoordinatorFilter.PAGE_SIZE);
        Instant now = clock.instant();
        List<CoordinatorRow> rows = jdbc.sql(sql)
                .params(where.params())
                .params(windowParams())
                .query((rs, row) -> row(rs, now))
                .list();
        return new CoordinatorPage(rows, total, page, pages);
    }

    /** Every matching row, in order, one at a time (a CSV export of a whole area does not sit in memory). */
    void each(CoordinatorFilter filter, List<Long> areaIds, HavenPrincipal user, Consumer<CoordinatorRow> out) {
        CoordinatorScope.Where where = scope.where(filter, areaIds, user);
        Instant now = clock.instant();
        Map<String, Object> params = new java.util.HashMap<>(where.params());
        params.putAll(windowParams());
        stream.each(rows(where, filter, 0), params, rs -> out.accept(row(rs, now)));
    }

    /**
     * Chooses the rows from missing_episode alone, then joins the child's name and counts to those rows; the first
     * {@code upTo} rows in order, as a page of {@link CoordinatorFilter#PAGE_SIZE} ending there (every row for 0).
     */
    private static String rows(CoordinatorScope.Where where, CoordinatorFilter filter, int upTo) {
        String order = ORDER.get(filter.sort());
        String limit = upTo == 0
                ? ""
                : " LIMIT " + CoordinatorFilter.PAGE_SIZE + " OFFSET " + (upTo - CoordinatorFilter.PAGE_SIZE);
        return """
                SELECT page.*, ar.name AS area_name,
                       (SELECT n.given_names || ' ' || n.family_name FROM person_name n
                         WHERE n.person_id = page.child_id AND n.removed_at IS NULL AND n.name_type IN ('PREFERRED', 'LEGAL')
                         ORDER BY n.name_type = 'PREFERRED' DESC, n.id LIMIT 1) AS child_name,
                       (SELECT r.outcome FROM return_interview r WHERE r.episode_id = page.id) AS outcome,
                       coalesce((SELECT """ + RepeatMissing.countSince("s", ":before_window") + """
                                   FROM missing_child_summary s WHERE s.child_id = page.child_id), 0) AS recent
                  FROM (""" + chosen(where, filter, upTo) + " ORDER BY "
                + order + limit
                + ") page JOIN area ar ON ar.id = page.area_id"
                + " ORDER BY " + order.replace("e.", "page.");
    }

    /**
     * The episodes the view shows, for the outer query to order and page (its alias is {@code e}). The interview-due
     * order of the last 90 days' episodes is read in two parts: episodes with an interview due, from the index of due
     * times, then the rest (no interview due, or not yet returned) newest first, each part stopping at {@code upTo}
     * rows. As one ordered scan, PostgreSQL walked the due index from the oldest due time in the area and checked
     * every episode before the window (1.3 s a page under load); an interview falls due after the return, which is
     * after the start (V407 checks it), so the window's episodes are due within the window's range of due times.
     */
    private static String chosen(CoordinatorScope.Where where, CoordinatorFilter filter, int upTo) {
        String columns = "SELECT e.id, e.child_id, e.area_id, e.category, e.started_at, e.ended_at, e.risk_grade,"
                + " e.interview_due_at FROM missing_episode e WHERE " + where.sql();
        boolean window = filter.show().equals("recent") || filter.show().equals("repeat");
        if (!filter.sort().equals("due") || !window) {
            return columns;
        }
        String enough = upTo == 0 ? "" : " LIMIT " + upTo;
        return "SELECT * FROM ((" + columns + " AND e.interview_due_at >= :since"
                + " ORDER BY e.interview_due_at, e.started_at DESC, e.id DESC" + enough + ") UNION ALL (" + columns
                + " AND e.interview_due_at IS NULL ORDER BY e.started_at DESC, e.id DESC" + enough + ")) e";
    }

    private Map<String, Object> windowParams() {
        return Map.of(
                "before_window",
                RepeatMissing.justBefore(Timestamp.from(
                        clock.instant().minus(Duration.ofDays(settings.current().repeatWindowDays())))));
    }

    /**
     * Counts not tied to who asks are shared, as the register's are, and recounted in the background every five
     * seconds ({@link FiguresAhead}: no request waits for a recount); rows are always fresh.
     */
    private long count(String sql, CoordinatorScope.Where where) {
        if (where.personal()) {
            return jdbc.sql(sql).params(where.params()).query(Long.class).single();
        }
        return counts.get(
                sql + new TreeMap<>(where.params()),
                () -> jdbc.sql(sql).params(where.params()).query(Long.class).single());
    }

    private static CoordinatorRow row(ResultSet rs, Instant now) throws SQLException {
        Timestamp ended = rs.getTimestamp("ended_at");
        Timestamp due = rs.getTimestamp("interview_due_at");
        String outcome = rs.getString("outcome");
        String interview = outcome != null
                ? MissingChoices.label(MissingChoices.OUTCOMES, outcome)
                : due != null ? "Due by " + MissingDates.format(due.toInstant()) : ended == null ? "Not due yet" : "";
        return new CoordinatorRow(
                rs.getLong("id"),
                rs.getLong("child_id"),
                rs.getString("child_name") == null ? "Name not recorded" : rs.getString("child_name"),
                rs.getString("area_name"),
                MissingChoices.label(MissingChoices.CATEGORIES, rs.getString("category")),
                MissingDates.format(rs.getTimestamp("started_at").toInstant()),
                ended == null ? "Missing now" : MissingDates.format(ended.toInstant()),
                MissingChoices.label(MissingChoices.GRADES, rs.getString("risk_grade")),
                interview,
                due != null && due.toInstant().isBefore(now),
                rs.getInt("recent"));
    }
}
