package app.haven.platform;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A {@link MeasureSource} whose measures are each one SQL query over the module's own tables, so that the count and
 * the children behind it come from the same rows and can never disagree. Each query selects, for one period, the
 * records counted: columns {@code area_id}, {@code category} ({@code ''} when the measure has none), {@code counted}
 * (what is counted once: a child id, an episode id) and {@code child_id} (null when the record is about no child).
 * Parameters: {@code :from_day}/{@code :to_day} (dates) and {@code :from_at}/{@code :to_at} (the same days' starts in
 * Europe/London, for timestamp columns).
 */
public abstract class SqlMeasureSource implements MeasureSource {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Pattern MEASURE_CODE = Pattern.compile("[a-z]+\\.[a-z0-9.-]+");

    /** One measure and the query that selects what it counts; {@code drills} when it counts children's records. */
    public record SqlMeasure(Measure measure, String sql, boolean drills, boolean categoriesOverlap) {
        public SqlMeasure {
            if (!MEASURE_CODE.matcher(measure.code()).matches()) {
                throw new IllegalArgumentException("not a measure code: " + measure.code());
            }
        }

        public static SqlMeasure of(Measure measure, String sql, boolean drills) {
            return new SqlMeasure(measure, sql, drills, false);
        }
    }

    private final JdbcClient jdbc;
    private final Map<String, SqlMeasure> byCode = new LinkedHashMap<>();

    protected SqlMeasureSource(JdbcClient jdbc, List<SqlMeasure> measures) {
        this.jdbc = jdbc;
        measures.forEach(m -> byCode.put(m.measure().code(), m));
    }

    @Override
    public List<Measure> measures() {
        return byCode.values().stream().map(SqlMeasure::measure).toList();
    }

    @Override
    public List<Count> count(String measureCode, LocalDate from, LocalDate toExclusive) {
        SqlMeasure measure = measure(measureCode);
        return jdbc.sql("SELECT m.area_id, coalesce(m.category, '') AS category, count(DISTINCT m.counted) FROM ("
                        + measure.sql() + ") m GROUP BY 1, 2 ORDER BY 1, 2")
                .params(period(from, toExclusive))
                .query((rs, row) ->
                        new Count(rs.getObject(1) == null ? null : rs.getLong(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    @Override
    public boolean drills(String measureCode) {
        return byCode.containsKey(measureCode) && byCode.get(measureCode).drills();
    }

    @Override
    public boolean categoriesOverlap(String measureCode) {
        return measure(measureCode).categoriesOverlap();
    }

    @Override
    public List<Long> childrenBehind(
            String measureCode,
            LocalDate from,
            LocalDate toExclusive,
            Long areaId,
            String category,
            ChildScope scope,
            int limit) {
        SqlMeasure measure = measure(measureCode);
        if (!measure.drills()) {
            return List.of();
        }
        ChildScope.Condition visible = scope.on("m.child_id");
        Map<String, Object> params = new HashMap<>(period(from, toExclusive));
        params.putAll(visible.parameters());
        List<String> where = new ArrayList<>(List.of("m.child_id IS NOT NULL", visible.sql()));
        if (areaId != null) {
            where.add("m.area_id = :drill_area");
            params.put("drill_area", areaId);
        }
        if (category != null) {
            where.add("coalesce(m.category, '') = :drill_category");
            params.put("drill_category", category);
        }
        params.put("drill_limit", limit);
        return jdbc.sql("SELECT DISTINCT m.child_id FROM (" + measure.sql() + ") m WHERE " + String.join(" AND ", where)
                        + " ORDER BY m.child_id LIMIT :drill_limit")
                .params(params)
                .query(Long.class)
                .list();
    }

    private SqlMeasure measure(String code) {
        SqlMeasure measure = byCode.get(code);
        if (measure == null) {
            throw new IllegalArgumentException("this source does not count " + code);
        }
        return measure;
    }

    private static Map<String, Object> period(LocalDate from, LocalDate toExclusive) {
        return Map.of(
                "from_day",
                from,
                "to_day",
                toExclusive,
                "from_at",
                Timestamp.from(from.atStartOfDay(LONDON).toInstant()),
                "to_at",
                Timestamp.from(toExclusive.atStartOfDay(LONDON).toInstant()));
    }
}
