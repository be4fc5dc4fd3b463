package app.haven.platform;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A {@link MeasureSource} whose measures are each one SQL query over the module's own tables, so that the count and
 * the children behind it come from the same rows and can never disagree. Each query selects, for one period, the
 * records counted: columns {@code area_id}, {@code category} ({@code ''} when the measure has none), {@code counted}
 * (what is counted once: a child id, an episode id) and {@code child_id} (null when the record is about no child).
 * Parameters: {@code :from_day}/{@code :to_day} (dates) and {@code :from_at}/{@code :to_at} (the same days' starts in
 * Europe/London, for timestamp columns); a query names its period only through them, because the periods that need
 * counting are counted together by turning them into the columns of a relation of periods (ADR 0020).
 *
 * <p>Counts are kept per measure and period ({@code measure_count}) and stay current through the module's triggers,
 * which note in the writing transaction the months each write touches (ADR 0016): a subclass's module adds a trigger
 * to every table its queries read, calling {@code measure_records_changed('<module>', first_day, last_day)}.
 */
public abstract class SqlMeasureSource implements MeasureSource {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Pattern MEASURE_CODE = Pattern.compile("[a-z]+\\.[a-z0-9.-]+");
    private static final Pattern PERIOD_PARAMETER = Pattern.compile(":(from_day|to_day|from_at|to_at)\\b");

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
    private final KeptMeasureCounts kept;
    private final Map<KeptMeasureCounts.Key, CompletableFuture<List<Count>>> counting = new ConcurrentHashMap<>();

    /**
     * A source whose measures' codes all begin with its module's name ({@code cases.}): the name under which the
     * module's triggers note the months its writes touch ({@code measure_records_changed('cases', …)}).
     */
    protected SqlMeasureSource(JdbcClient jdbc, List<SqlMeasure> measures) {
        this.jdbc = jdbc;
        measures.forEach(m -> byCode.put(m.measure().code(), m));
        String module = measures.get(0)
                .measure()
                .code()
                .substring(0, measures.get(0).measure().code().indexOf('.'));
        if (measures.stream().anyMatch(m -> !m.measure().code().startsWith(module + "."))) {
            throw new IllegalArgumentException("a source counts one module's measures: " + byCode.keySet());
        }
        this.kept = new KeptMeasureCounts(jdbc, module);
    }

    @Override
    public List<Measure> measures() {
        return byCode.values().stream().map(SqlMeasure::measure).toList();
    }

    /**
     * The measure's counts as kept, when no write has touched the period's records since they were counted; otherwise
     * counted again now (one caller counts, callers arriving meanwhile wait for its figures) and kept.
     */
    @Override
    public List<Count> count(String measureCode, LocalDate from, LocalDate toExclusive) {
        return countEach(measureCode, List.of(new MeasurePeriod(from, toExclusive)))
                .get(0);
    }

    /**
     * The measure's kept counts for each period, read together; the periods whose records a write has touched since
     * they were counted (or never counted) are counted again with one query over the module's records for all of them
     * (ADR 0020), and kept.
     */
    @Override
    public List<List<Count>> countEach(String measureCode, List<MeasurePeriod> periods) {
        return countAll(List.of(measureCode), periods).get(measureCode);
    }

    /** The measures' kept counts for each period, read with one query; what is not current counted again and kept. */
    @Override
    public Map<String, List<List<Count>>> countAll(List<String> measureCodes, List<MeasurePeriod> periods) {
        Map<String, MeasureSource> mine = new LinkedHashMap<>();
        measureCodes.forEach(code -> mine.put(code, this));
        return MeasuresTogether.count(mine, periods);
    }

    /** A measure's counts per period: as kept when current (in {@code found}), otherwise counted again and kept. */
    List<List<Count>> keptOrRecounted(
            String code,
            List<MeasurePeriod> distinct,
            Map<KeptMeasureCounts.Asked, List<Count>> found,
            List<MeasurePeriod> periods) {
        Map<MeasurePeriod, List<Count>> counts = new HashMap<>();
        List<MeasurePeriod> stale = new ArrayList<>();
        for (MeasurePeriod period : distinct) {
            List<Count> current = found.get(new KeptMeasureCounts.Asked(kept.source(), code, period));
            if (current == null) {
                stale.add(period);
            } else {
                counts.put(period, current);
            }
        }
        if (!stale.isEmpty()) {
            counts.putAll(recount(measure(code), stale));
        }
        return periods.stream().map(counts::get).toList();
    }

    /** Counts again every kept figure of this source whose records have changed since it was counted. */
    @Override
    public int recountChanged() {
        Map<String, List<MeasurePeriod>> changed = new LinkedHashMap<>();
        kept.changed(List.copyOf(byCode.keySet()))
                .forEach(key -> changed.computeIfAbsent(key.code(), c -> new ArrayList<>())
                        .add(key.period()));
        changed.forEach((code, periods) -> recount(measure(code), periods));
        return changed.values().stream().mapToInt(List::size).sum();
    }

    /**
     * Counts the measure again for the periods (in one query) and keeps the counts. A period another caller is
     * counting already is not counted twice: this caller waits for that count.
     */
    private Map<MeasurePeriod, List<Count>> recount(SqlMeasure measure, List<MeasurePeriod> periods) {
        String code = measure.measure().code();
        Map<MeasurePeriod, CompletableFuture<List<Count>>> mine = new LinkedHashMap<>();
        Map<MeasurePeriod, CompletableFuture<List<Count>>> theirs = new LinkedHashMap<>();
        for (MeasurePeriod period : periods) {
            CompletableFuture<List<Count>> future = new CompletableFuture<>();
            CompletableFuture<List<Count>> running =
                    counting.putIfAbsent(new KeptMeasureCounts.Key(code, period), future);
            (running == null ? mine : theirs).put(period, running == null ? future : running);
        }
        try {
            if (!mine.isEmpty()) {
                Map<MeasurePeriod, List<Count>> counted =
                        kept.countAndKeep(code, countedPerPeriod(measure.sql()), List.copyOf(mine.keySet()));
                mine.forEach((period, future) -> future.complete(counted.get(period)));
            }
        } catch (RuntimeException e) {
            mine.values().forEach(future -> future.completeExceptionally(e));
            throw e;
        } finally {
            mine.forEach((period, future) -> counting.remove(new KeptMeasureCounts.Key(code, period), future));
        }
        Map<MeasurePeriod, List<Count>> counts = new HashMap<>();
        mine.forEach((period, future) -> counts.put(period, future.join()));
        theirs.forEach((period, future) -> counts.put(period, future.join()));
        return counts;
    }

    /**
     * A measure's query made to count every period in the relation {@code measure_period} at once: its period
     * parameters become that relation's columns, and what it selects is counted per period, area and category.
     */
    static String countedPerPeriod(String sql) {
        return "SELECT measure_period.idx, m.area_id, coalesce(m.category, '') AS category,"
                + " count(DISTINCT m.counted) AS n FROM measure_period CROSS JOIN LATERAL ("
                + PERIOD_PARAMETER.matcher(sql).replaceAll("measure_period.$1") + ") m GROUP BY 1, 2, 3";
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

    /** The source's kept counts (its module's name is theirs). */
    KeptMeasureCounts kept() {
        return kept;
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    SqlMeasure measure(String code) {
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
