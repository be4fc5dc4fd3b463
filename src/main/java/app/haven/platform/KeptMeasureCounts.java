package app.haven.platform;

import app.haven.platform.MeasureSource.Count;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A source's measures as counted for each period (table {@code measure_count}) and whether each is still current: the
 * modules' triggers note the months every write touches ({@code measure_change}, V380–V383), and a period's version
 * is the number of writes that touched its months. A kept count is current while the version it was counted at is
 * the period's version now, so what it shows is what a recount would show (ADR 0016).
 */
final class KeptMeasureCounts {

    /** A kept count's measure and period. */
    record Key(String code, LocalDate from, LocalDate toExclusive) {}

    private static final int FIRST_MONTH = 2000 * 12;
    private static final int LAST_MONTH = 2100 * 12 + 11;

    /** The period's version: writes noted in its months, folded or not (a fold never changes it). */
    private static final String VERSION = """
            ((SELECT coalesce(sum(v.version), 0) FROM measure_month_version v
               WHERE v.source = :source AND v.month BETWEEN :first_month AND :last_month)
             + (SELECT coalesce(sum(least(ch.last_month, :last_month) - greatest(ch.first_month, :first_month) + 1), 0)
                  FROM measure_change ch
                 WHERE ch.source = :source AND ch.first_month <= :last_month AND ch.last_month >= :first_month))
            """;

    private final JdbcClient jdbc;
    private final String source;

    KeptMeasureCounts(JdbcClient jdbc, String source) {
        this.jdbc = jdbc;
        this.source = source;
    }

    /** The kept counts of a measure for a period, when they are current. */
    Optional<List<Count>> current(Key key) {
        return jdbc.sql("SELECT c.area_ids, c.categories, c.counts FROM measure_count c"
                        + " WHERE c.measure_code = :code AND c.from_day = :from AND c.to_day = :to"
                        + " AND c.counted_version = " + VERSION)
                .params(period(key))
                .query((rs, row) -> counts(rs))
                .optional();
    }

    /** The period's version now: read before counting, so a write committed after it shows as a change. */
    long version(Key key) {
        return jdbc.sql("SELECT " + VERSION)
                .params(period(key))
                .query(Long.class)
                .single();
    }

    void keep(Key key, long version, List<Count> counts) {
        Map<String, Object> params = new java.util.HashMap<>(period(key));
        params.put("version", version);
        params.put("area_ids", counts.stream().map(Count::areaId).toArray(Long[]::new));
        params.put("categories", counts.stream().map(Count::category).toArray(String[]::new));
        params.put("counts", counts.stream().map(Count::count).toArray(Long[]::new));
        jdbc.sql("""
                        INSERT INTO measure_count (measure_code, from_day, to_day, counted_version, counted_at, area_ids,
                               categories, counts)
                        VALUES (:code, :from, :to, :version, now(), :area_ids, CAST(:categories AS text[]), :counts)
                        ON CONFLICT (measure_code, from_day, to_day) DO UPDATE
                           SET counted_version = EXCLUDED.counted_version, counted_at = EXCLUDED.counted_at,
                               area_ids = EXCLUDED.area_ids, categories = EXCLUDED.categories, counts = EXCLUDED.counts
                        """).params(params).update();
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
                        new Key(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)),
                        rs.getBoolean(4)))
                .list()
                .stream()
                .filter(k -> k.stale() && codes.contains(k.key().code()))
                .map(Kept::key)
                .toList();
    }

    private Map<String, Object> period(Key key) {
        return Map.of(
                "source", source,
                "code", key.code(),
                "from", key.from(),
                "to", key.toExclusive(),
                "first_month", month(key.from()),
                "last_month", month(key.toExclusive().minusDays(1)));
    }

    /** As {@code measure_month} numbers a day's month. */
    static int month(LocalDate day) {
        return Math.max(FIRST_MONTH, Math.min(LAST_MONTH, day.getYear() * 12 + day.getMonthValue() - 1));
    }

    private static List<Count> counts(ResultSet rs) throws SQLException {
        Long[] areas = (Long[]) array(rs.getArray(1));
        String[] categories = (String[]) array(rs.getArray(2));
        Long[] counts = (Long[]) array(rs.getArray(3));
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
