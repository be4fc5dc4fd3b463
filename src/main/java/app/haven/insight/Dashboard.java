package app.haven.insight;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A priority's headline measures for an area and period: this period, the previous one, and the baseline. */
@Component
class Dashboard {

    private final Measures measures;
    private final MeasureTables tables;
    private final Baselines baselines;
    private final InsightSettings settings;
    private final CountedFigures figures;

    Dashboard(
            Measures measures,
            MeasureTables tables,
            Baselines baselines,
            InsightSettings settings,
            CountedFigures figures) {
        this.figures = figures;
        this.measures = measures;
        this.tables = tables;
        this.baselines = baselines;
        this.settings = settings;
    }

    List<DashboardLine> lines(Priority priority, AreaChoice area, Period period) {
        List<Baselines.Baseline> all = baselines.all();
        List<Measures.Sourced> headlines = headlines(measures.of(priority));
        figures.read(headlines, List.of(period, period.previous()));
        return headlines.stream()
                .map(m -> line(m, area, period, Baselines.earliest(all, m.code(), "", area)))
                .toList();
    }

    /** Measures that break down no other measure: {@code a.b} is shown, {@code a.b.by-c} only on a.b's page. */
    static List<Measures.Sourced> headlines(List<Measures.Sourced> all) {
        return all.stream()
                .filter(m -> all.stream().noneMatch(o -> m.code().startsWith(o.code() + ".")))
                .toList();
    }

    private DashboardLine line(
            Measures.Sourced measure, AreaChoice area, Period period, Optional<Baselines.Baseline> earliest) {
        DisclosureControl control = settings.current().control();
        List<Long> totals = tables.totals(measure, area, List.of(period, period.previous()));
        long now = totals.get(0);
        long before = totals.get(1);
        Optional<Baselines.Baseline> baseline = earliest.filter(b -> b.count().isPresent());
        return new DashboardLine(
                measure.code(),
                measure.measure().title(),
                measure.measure().howComputed(),
                control.count(now),
                control.count(before),
                control.change(now, before),
                baseline.map(b -> control.count(b.count().orElseThrow()) + " in "
                        + b.period().label()),
                baseline.map(b -> control.change(now, b.count().orElseThrow()))
                        .orElse(DisclosureControl.NOT_APPLICABLE));
    }
}
