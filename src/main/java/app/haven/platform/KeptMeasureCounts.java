package app.haven.platform;

import app.haven.platform.MeasureSource.Count;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A source's measures as counted for each period (table {@code measure_count}) and whether each is still current: the
 * modules' triggers note the months every write touches ({@code measure_change}, V380–V383), and a period's version
 * is the number of writes that touched its months. A kept count is current while the version it was counted at is
 * the period's version now, so what it shows is what a recount would show (ADR 0016, ADR 0020).
 */
final class KeptMeasureCounts {

    /** A kept count's measure and period. */
    record Key(String code, MeasurePeriod period) {}

    /** The periods asked for, one row each ({@code idx} from 1), with their months and their days' starts. */
    private static final String PERIODS = """
            SELECT p.idx, p.from_day, p.to_day,
                   CAST(p.from_day AS timestamp) AT TIME ZONE 'Europe/London' AS from_at,
                   CAST(p.to_day AS timestamp) AT TIME ZONE 'Europe/London' AS to_at,
                   measure_month(p.from_day) AS first_month, measure_month(p.to_day - 1) AS last_month
              FROM unnest(CAST(:from_days AS date[]), CAST(:to_days AS date[])) WITH ORDINALITY AS p (from_day, to_day, idx)
            """;

    private final JdbcClient jdbc;
    private final String source;

    KeptMeasureCounts(JdbcClient jdbc, String source) {
        this.jdbc = jdbc;
        this.source = source;
    }

    String source() {
        return source;
    }

    /** A measure's period asked of the source that counts it ({@code cases}, {@code missing}: its module's name). */
    record Asked(String source, String code, MeasurePeriod period) {}

    /**
     * A period's version: writes noted in its months, folded or not (a fold never changes it), for the source named by
     * the SQL expression {@code source} and the period whose months are the SQL expressions {@code first} and
     * {@code last}.
     */
    private static String version(String source, String first, String last) {
        return """
                ((SELECT coalesce(sum(v.version), 0) FROM measure_month_version v
                   WHERE v.source = %3$s AND v.month BETWEEN %1$s AND %2$s)
                 + (SELECT coalesce(sum(least(ch.last_month, %2$s) - greatest(ch.first_month, %1$s) + 1), 0)
                      FROM measure_change ch
                     WHERE ch.source = %3$s AND ch.first_month <= %2$s AND ch.last_month >= %1$s))
                """.formatted(first, last, source);
    }

    /**
     * The kept counts of several sources' measures and periods, for those that are current, read in one query: a
     * page reads every figure it shows with one statement (ADR 0020).
     */
    static Map<Asked, List<Count>> current(JdbcClient jdbc, List<Asked> asked) {
        Map<Asked, List<Count>> current = new HashMap<>();
        if (asked.isEmpty()) {
            return current;
        }
        jdbc.sql("""
                        SELECT p.idx, c.area_ids, c.categories, c.counts
                          FROM (SELECT a.idx, a.source, a.code, a.from_day, a.to_day,
                                       measure_month(a.from_day) AS first_month, measure_month(a.to_day - 1) AS last_month
                                  FROM unnest(CAST(:sources AS text[]), CAST(:codes AS text[]),
                                              CAST(:from_days AS date[]), CAST(:to_days AS date[]))
                                       WITH ORDINALITY AS a (source, code, from_day, to_day, idx)) p
                          JOIN measure_count c ON c.measure_code = p.code AND c.from_day = p.from_day
                                              AND c.to_day = p.to_day
                         WHERE c.counted_version = """ + version("p.source", "p.first_month", "p.last_month"))
                .param("sources", asked.stream().map(Asked::source).toArray(String[]::new))
                .param("codes", asked.stream().map(Asked::code).toArray(String[]::new))
                .param(
                        "from_days",
                        asked.stream().map(a -> a.period().from().toString()).toArray(String[]::new))
                .param(
                        "to_days",
                        asked.stream()
                                .map(a -> a.period().toExclusive().toString())
                                .toArray(String[]::new))
                .query((rs, row) -> current.put(asked.get(rs.getInt(1) - 1), counts(rs)))
                .list();
        return current;
    }

    /**
     * Counts a measure for every period at once with the query {@code countedPerPeriod} (columns {@code idx},
     * {@code area_id}, {@code category}, {@code n}, reading the periods from {@code measure_period}) and keeps the
     * counts, all in one statement: the counts and the versions they are kept at come from one snapshot, so a write
     * committed meanwhile shows as a change. A kept count is never replaced by one counted at an older version.
     */
    Map<MeasurePeriod, List<Count>> countAndKeep(String code, String countedPerPeriod, List<MeasurePeriod> periods) {
        String ordered = " ORDER BY c.area_id, c.category) FILTER (WHERE c.idx IS NOT NULL), '{}')";
        Map<MeasurePeriod, List<Count>> counted = new LinkedHashMap<>();
        jdbc.sql("WITH measure_period AS MATERIALIZED (" + PERIODS + "),"
                        + " counted AS MATERIALIZED (" + countedPerPeriod + "),"
                        + " per_period AS MATERIALIZED ("
                        + "  SELECT mp.idx, mp.from_day, mp.to_day, "
                        + version(":source", "mp.first_month", "mp.last_month") + " AS version,"
                        + "   coalesce(array_agg(c.area_id" + ordered + " AS area_ids,"
                        + "   coalesce(array_agg(c.category" + ordered + " AS categories,"
                        + "   coalesce(array_agg(c.n" + ordered + " AS counts"
                        + "  FROM measure_period mp LEFT JOIN counted c ON c.idx = mp.idx"
                        + "  GROUP BY mp.idx, mp.from_day, mp.to_day, mp.first_month, mp.last_month),"
                        + " kept AS (INSERT INTO measure_count (measure_code, from_day, to_day, counted_version,"
                        + "    counted_at, area_ids, categories, counts)"
                        + "  SELECT :code, from_day, to_day, version, now(), area_ids, categories, counts FROM per_period"
                        + "  ON CONFLICT (measure_code, from_day, to_day) DO UPDATE"
                        + "   SET counted_version = EXCLUDED.counted_version, counted_at = EXCLUDED.counted_at,"
                        + "       area_ids = EXCLUDED.area_ids, categories = EXCLUDED.categories, counts = EXCLUDED.counts"
                        + "   WHERE measure_count.counted_version <= EXCLUDED.counted_version)"
                        + " SELECT idx, area_ids, categories, counts FROM per_period ORDER BY idx")
                .params(params(code, periods))
                .query((rs, row) -> counted.put(periods.get(rs.getInt(1) - 1), counts(rs)))
                .list();
        return counted;
    }

    /**
     * The kept counts of this source's measures whose records have changed since they were counted, after folding the
     * source's noted changes into its months (which keeps {@code measure_change} short).
     */
    List<Key> changed(List<String> codes) {
        jdbc.sql("""
                        WITH moved AS (DELETE FROM measure_change WHERE source = :source
                                       RETURNING first_month, last_month)
                        INSERT INTO measure_month_version AS v (source, month, version)
                        SELECT :source, m, count(*) FROM moved CROSS JOIN LATERAL generate_series(first_month, last_month) m
                         GROUP BY m
                        ON CONFLICT (source, month) DO UPDATE SET version = v.version + EXCLUDED.version
                        """).param("source", source).update();
        record Kept(Key key, boolean stale) {}
        return jdbc
                .sql("SELECT c.measure_code, c.from_day, c.to_day,"
                        + " (SELECT coalesce(sum(v.version), 0) FROM measure_month_version v WHERE v.source = :source"
                        + "   AND v.month BETWEEN measure_month(c.from_day) AND measure_month(c.to_day - 1))"
                        + " <> c.counted_version AS stale"
                        + " FROM measure_count c WHERE c.measure_code LIKE :prefix ORDER BY c.to_day DESC, 1")
                .param("source", source)
                .param("prefix", source + ".%")
                .query((rs, row) -> new Kept(
                        new Key(
                                rs.getString(1),
                                new MeasurePeriod(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class))),
                        rs.getBoolean(4)))
                .list()
                .stream()
                .filter(k -> k.stale() && codes.contains(k.key().code()))
                .map(Kept::key)
                .toList();
    }

    private Map<String, Object> params(String code, List<MeasurePeriod> periods) {
        return Map.of(
                "source",
                source,
                "code",
                code,
                "from_days",
                periods.stream().map(p -> p.from().toString()).toArray(String[]::new),
                "to_days",
                periods.stream().map(p -> p.toExclusive().toString()).toArray(String[]::new));
    }

    private static List<Count> counts(ResultSet rs) throws SQLException {
        Long[] areas = (Long[]) array(rs.getArray(2));
        String[] categories = (String[]) array(rs.getArray(3));
        Long[] counts = (Long[]) array(rs.getArray(4));
        List<Count> list = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            list.add(new Count(areas[i], categories[i], counts[i]));
        }
        return list;
    }

    private static Object array(Array array) throws SQLException {
        return array.getArray();
    }
}
