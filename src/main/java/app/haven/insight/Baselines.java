package app.haven.insight;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

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
            String source) {}

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    Baselines(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A measure's baselines for this area choice (category "" for the headline), earliest first. */
    List<Baseline> of(String measureCode, String category, AreaChoice area) {
        return all().stream()
                .filter(b -> b.measureCode().equals(measureCode)
                        && b.category().equals(category)
                        && b.areaId().equals(area.areaId()))
                .toList();
    }

    /** The earliest baseline of a measure for this area choice: the strategy's starting point. */
    Optional<Baseline> earliest(String measureCode, String category, AreaChoice area) {
        return of(measureCode, category, area).stream().findFirst();
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

    List<Baseline> all() {
        return jdbc.sql("""
                        SELECT b.id, b.measure_code, b.category, b.area_id, b.period_code, b.count, b.share_percent, b.source
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
                        rs.getString(8)))
                .list();
    }
}
