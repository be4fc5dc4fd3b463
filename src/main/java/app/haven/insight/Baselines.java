package app.haven.insight;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The strategy's baseline figures as entered with their source (table {@code insight_baseline}). */
@Component
class Baselines {

    /** A baseline: a count or a share (percent), for a period, with its source. */
    record Baseline(
            long id,
            String measureCode,
            String category,
            Optional<Long> areaId,
            Period period,
            Optional<Long> count,
            Optional<BigDecimal> sharePercent,
            String source,
            int version) {

        /** As the pages write it: {@code 158} or {@code 95.0%}. */
        String figure() {
            return count.map(String::valueOf)
                    .orElseGet(() -> sharePercent.map(p -> p + "%").orElse(""));
        }
    }

    /** A correction made to a baseline: the figure and source it replaced, why, by whom and when. */
    record Correction(String wasFigure, String wasSource, String reason, long correctedBy, Instant correctedAt) {}

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    Baselines(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A measure's baselines for this area choice (category "" for the headline), earliest first. */
    List<Baseline> of(String measureCode, String category, AreaChoice area) {
        return of(all(), measureCode, category, area);
    }

    /** The earliest baseline of a measure for this area choice: the strategy's starting point. */
    Optional<Baseline> earliest(String measureCode, String category, AreaChoice area) {
        return earliest(all(), measureCode, category, area);
    }

    /** As {@link #earliest(String, String, AreaChoice)}, among baselines read already. */
    static Optional<Baseline> earliest(List<Baseline> all, String measureCode, String category, AreaChoice area) {
        return of(all, measureCode, category, area).stream().findFirst();
    }

    private static List<Baseline> of(List<Baseline> all, String measureCode, String category, AreaChoice area) {
        return all.stream()
                .filter(b -> b.measureCode().equals(measureCode)
                        && b.category().equals(category)
                        && b.areaId().equals(area.areaId()))
                .toList();
    }

    /** Adds a baseline as entered; false when one exists for that measure, category, area and period. */
    boolean add(BaselineForm form, long enteredBy) {
        return jdbc.sql("""
                        INSERT INTO insight_baseline (measure_code, category, area_id, period_code, count, share_percent,
                                                      source, entered_by, entered_at)
                        VALUES (:measure, :category, :area, :period, :count, :percent, :source, :by, :at)
                        ON CONFLICT DO NOTHING
                        """)
                        .param("measure", form.measure())
                        .param("category", form.category().trim())
                        .param(
                                "area",
                                form.area().equals(AreaChoice.WHOLE_PARTNERSHIP) ? null : Long.valueOf(form.area()))
                        .param(
                                "period",
                                Period.parse(form.period()).orElseThrow().code())
                        .param(
                                "count",
                                form.count().isBlank()
                                        ? null
                                        : Long.valueOf(form.count().trim()))
                        .param("percent", form.percentValue().orElse(null))
                        .param("source", form.source().trim())
                        .param("by", enteredBy)
                        .param("at", java.sql.Timestamp.from(clock.instant()))
                        .update()
                > 0;
    }

    /**
     * Corrects a baseline's figure and source, keeping the figure and source it replaces with the reason; false (and
     * nothing saved) when the baseline has changed since the version the corrector saw, or does not exist.
     */
    @Transactional
    boolean correct(long id, BaselineCorrection correction, long correctedBy) {
        List<Map<String, Object>> replaced = jdbc.sql("""
                        UPDATE insight_baseline b SET count = :count, share_percent = :percent, source = :source,
                               version = b.version + 1
                          FROM (SELECT id, count, share_percent, source FROM insight_baseline
                                 WHERE id = :id AND version = :version FOR UPDATE) was
                         WHERE b.id = was.id
                        RETURNING was.count AS was_count, was.share_percent AS was_percent, was.source AS was_source
                        """)
                .param("id", id)
                .param("version", correction.version())
                .param("count", correction.countValue().orElse(null))
                .param("percent", correction.percentValue().orElse(null))
                .param("source", correction.source().trim())
                .query()
                .listOfRows();
        if (replaced.isEmpty()) {
            return false;
        }
        jdbc.sql("""
                        INSERT INTO insight_baseline_correction (baseline_id, was_count, was_share_percent, was_source,
                                                                 reason, corrected_by, corrected_at)
                        VALUES (:id, :count, :percent, :source, :reason, :by, :at)
                        """)
                .param("id", id)
                .param("count", replaced.get(0).get("was_count"))
                .param("percent", replaced.get(0).get("was_percent"))
                .param("source", replaced.get(0).get("was_source"))
                .param("reason", correction.reason().trim())
                .param("by", correctedBy)
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .update();
        return true;
    }

    /** The corrections made to a baseline, latest first. */
    List<Correction> corrections(long id) {
        return jdbc.sql("""
                        SELECT c.was_count, c.was_share_percent, c.was_source, c.reason, c.corrected_by, c.corrected_at
                          FROM insight_baseline_correction c WHERE c.baseline_id = :id
                         ORDER BY c.corrected_at DESC, c.id DESC
                        """)
                .param("id", id)
                .query((rs, row) -> new Correction(
                        rs.getObject(1) != null ? String.valueOf(rs.getLong(1)) : rs.getBigDecimal(2) + "%",
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    Optional<Baseline> find(long id) {
        return all().stream().filter(b -> b.id() == id).findFirst();
    }

    List<Baseline> all() {
        return jdbc.sql("""
                        SELECT b.id, b.measure_code, b.category, b.area_id, b.period_code, b.count, b.share_percent, b.source,
                               b.version
                          FROM insight_baseline b
                         ORDER BY b.measure_code, b.category, b.period_code
                        """)
                .query((rs, row) -> new Baseline(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        Optional.ofNullable(rs.getObject(4, Long.class)),
                        Period.parse(rs.getString(5)).orElseThrow(),
                        Optional.ofNullable(rs.getObject(6, Long.class)),
                        Optional.ofNullable(rs.getBigDecimal(7)),
                        rs.getString(8),
                        rs.getInt(9)))
                .list();
    }
}
