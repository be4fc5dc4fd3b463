package app.haven.insight;

import app.haven.platform.MeasureSource.Count;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The annual strategy report: the strategy's sentences for a year and area, from the modules' counts, compared with
 * the strategy's baseline where one was entered for an earlier year (otherwise with the year before).
 */
@Component
class StrategyReport {

    static final String CHILDREN = "cases.children-new";

    private final Measures measures;
    private final MeasureTables tables;
    private final Baselines baselines;
    private final InsightSettings settings;

    StrategyReport(Measures measures, MeasureTables tables, Baselines baselines, InsightSettings settings) {
        this.measures = measures;
        this.tables = tables;
        this.baselines = baselines;
        this.settings = settings;
    }

    List<String> sentences(AreaChoice area, Period period) {
        return new StrategySentences(settings.current().control()).sentences(figures(area, period));
    }

    StrategySentences.Figures figures(AreaChoice area, Period period) {
        Optional<Baselines.Baseline> baseline = baselines
                .earliest(CHILDREN, "", area)
                .filter(b -> b.count().isPresent() && b.period().toExclusive().isBefore(period.toExclusive()))
                .filter(b -> !b.period().equals(period));
        Period before = baseline.map(Baselines.Baseline::period).orElse(period.previous());
        long childrenBefore =
                baseline.flatMap(Baselines.Baseline::count).orElseGet(() -> total(CHILDREN, area, before));
        Map<String, Long> reasons = byCategory("referrals.commissioned.by-reason", area, period);
        Optional<Map.Entry<String, Long>> commonest = reasons.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())));
        Map<String, Long> outcomes = byCategory("referrals.closure-outcome", area, period);
        Map<String, Long> offered = byCategory("missing.interviews-offered", area, period);
        return new StrategySentences.Figures(
                period,
                total(CHILDREN, area, period),
                childrenBefore,
                before,
                total("referrals.commissioned", area, period),
                commonest.map(Map.Entry::getKey),
                commonest.map(Map.Entry::getValue).orElse(0L),
                outcomes.values().stream().mapToLong(Long::longValue).sum(),
                outcomes.getOrDefault("Risk reduced", 0L),
                total("referrals.disclosures", area, period),
                byCategory("referrals.disclosures.by-police-action", area, period)
                        .getOrDefault("Led to police action", 0L),
                total("missing.episodes", area, period),
                total("missing.repeat-children", area, period),
                offered.values().stream().mapToLong(Long::longValue).sum(),
                offered.getOrDefault("Offered within 72 hours", 0L));
    }

    private long total(String code, AreaChoice area, Period period) {
        return measures.find(code).map(m -> tables.total(m, area, period)).orElse(0L);
    }

    private Map<String, Long> byCategory(String code, AreaChoice area, Period period) {
        return measures.find(code)
                .map(m -> tables.counts(m, area, period).stream()
                        .collect(Collectors.groupingBy(Count::category, Collectors.summingLong(Count::count))))
                .orElse(Map.of());
    }
}
