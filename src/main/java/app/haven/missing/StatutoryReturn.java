package app.haven.missing;

import app.haven.identity.ChildAccess;
import app.haven.identity.SqlCondition;
import app.haven.platform.HavenPrincipal;
import java.io.PrintWriter;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The SSDA903 missing table for a collection year (1 April to 31 March): every episode of a looked-after child,
 * missing (M) or away from placement without authorisation (A), that ran during the year, by child and start. Read
 * twice, a thousand rows at a time: once to check the rules (a breaking row refuses the whole return, naming the
 * rows), then to write the CSV.
 */
@Service
class StatutoryReturn {

    static final List<String> HEADER = List.of("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END");

    /** The episodes a year's return holds (its parameters: areas, from, to). */
    private static final String ELIGIBLE = "e.looked_after AND e.category <> 'ABSENT' AND e.area_id IN (:areas)"
            + " AND e.started_at < :to AND (e.ended_at IS NULL OR e.ended_at >= :from)";

    /**
     * The rows when no record in them is merged: in child order from missing_episode_return_child_idx (V322), merged
     * with person in id order, so a year of 280,000 rows is read without a sort (ADR 0011).
     */
    private static final String BY_CHILD_INDEX = "SELECT e.id, e.child_id AS child, p.date_of_birth AS dob, e.category,"
            + " e.started_at, e.ended_at FROM missing_episode e JOIN person p ON p.id = e.child_id WHERE " + ELIGIBLE;

    /** The rows under the kept record of any merged one (and its date of birth), sorted by it. */
    private static final String BY_RECORD_KEPT = "SELECT e.id, coalesce(p.merged_into, p.id) AS child,"
            + " coalesce(k.date_of_birth, p.date_of_birth) AS dob, e.category, e.started_at, e.ended_at"
            + " FROM missing_episode e JOIN person p ON p.id = e.child_id LEFT JOIN person k ON k.id = p.merged_into"
            + " WHERE " + ELIGIBLE;

    static final int NAMED_BREACHES = 100;

    /** What the check found: how many rows, how many breaches, and the first ones named. */
    record Checked(long rows, int breachCount, List<ReturnBreach> breaches) {

        boolean passes() {
            return breachCount == 0;
        }
    }

    private final RowStream stream;
    private final ChildAccess access;
    private final JdbcClient jdbc;

    StatutoryReturn(RowStream stream, ChildAccess access, JdbcClient jdbc) {
        this.stream = stream;
        this.access = access;
        this.jdbc = jdbc;
    }

    Checked check(int year, List<Long> areas, HavenPrincipal user) {
        ReturnRowCheck check = new ReturnRowCheck(NAMED_BREACHES);
        long[] rows = {0};
        each(year, areas, user, row -> {
            rows[0]++;
            check.accept(row);
        });
        return new Checked(rows[0], check.found(), check.breaches());
    }

    void write(int year, List<Long> areas, HavenPrincipal user, PrintWriter out) {
        out.print(Csv.line(HEADER));
        Instant yearEnd = yearStart(year + 1);
        each(
                year,
                areas,
                user,
                row -> out.print(Csv.line(List.of(
                        String.valueOf(row.child()),
                        row.born().map(ReturnRowCheck.DATE::format).orElse(""),
                        row.type(),
                        ReturnRowCheck.date(row.start()),
                        row.end()
                                .filter(end -> end.isBefore(yearEnd))
                                .map(ReturnRowCheck::date)
                                .orElse("")))));
    }

    private void each(int year, List<Long> areas, HavenPrincipal user, Consumer<ReturnRow> out) {
        Map<String, Object> params = new HashMap<>();
        params.put("areas", areas.isEmpty() ? List.of(-1L) : areas);
        params.put("from", Timestamp.from(yearStart(year)));
        params.put("to", Timestamp.from(yearStart(year + 1)));
        String scope = "";
        if (!access.seesEveryChildIn(user, areas)) {
            SqlCondition condition = access.visibleChildren(user, "e.child_id");
            params.putAll(condition.parameters());
            scope = " AND " + condition.sql();
        }
        String rows = mergedRecordsIn(params, scope) ? BY_RECORD_KEPT : BY_CHILD_INDEX;
        stream.each(rows + scope + " ORDER BY child, e.started_at, e.id", params, rs -> out.accept(row(rs)));
    }

    /**
     * Whether any episode the return would hold belongs to a record merged into another (its episodes normally move
     * with the merge, MergedEpisodes, so this is an anomaly such as data from elsewhere). Only then are the rows read
     * under the kept record's id, which needs a sort; otherwise they come in child order straight from an index.
     */
    private boolean mergedRecordsIn(Map<String, Object> params, String scope) {
        return Boolean.TRUE.equals(jdbc.sql("SELECT EXISTS (SELECT 1 FROM person p JOIN missing_episode e"
                        + " ON e.child_id = p.id WHERE p.merged_into IS NOT NULL AND " + ELIGIBLE + scope + ")")
                .params(params)
                .query(Boolean.class)
                .single());
    }

    private static ReturnRow row(ResultSet rs) throws SQLException {
        Date born = rs.getDate("dob");
        Timestamp ended = rs.getTimestamp("ended_at");
        return ReturnRow.of(
                rs.getLong("id"),
                rs.getLong("child"),
                born == null ? null : born.toLocalDate(),
                rs.getString("category"),
                rs.getTimestamp("started_at").toInstant(),
                ended == null ? null : ended.toInstant());
    }

    /** 1 April of the year, midnight in London: the collection year runs April to March. */
    static Instant yearStart(int year) {
        return LocalDate.of(year, 4, 1).atStartOfDay(InterviewDeadline.LONDON).toInstant();
    }
}
