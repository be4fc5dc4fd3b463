package app.haven.insight;

import app.haven.platform.MeasureSource.Count;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Builds a measure's tables from its counted figures, through disclosure control. */
@Component
class MeasureTables {

    static final int TREND_PERIODS = 5;

    /** The kinds of table a measure's page shows, each exportable; their names appear in export links. */
    enum Kind {
        TREND,
        CATEGORIES,
        AREAS
    }

    private final CountedFigures figures;
    private final InsightSettings settings;

    MeasureTables(CountedFigures figures, InsightSettings settings) {
        this.figures = figures;
        this.settings = settings;
    }

    MeasureTable table(Kind kind, Measures.Sourced measure, AreaChoice area, Period period, List<AreaChoice> areas) {
        return switch (kind) {
            case TREND -> trend(measure, area, period);
            case CATEGORIES -> categories(measure, area, period);
            case AREAS -> areas(measure, period, areas);
        };
    }

    /** The measure's total in this and the periods before it: one column, each figure controlled on its own. */
    MeasureTable trend(Measures.Sourced measure, AreaChoice area, Period period) {
        DisclosureControl control = settings.current().control();
        List<Period> periods = trendPeriods(period);
        List<Long> totals = totals(measure, area, periods);
        List<MeasureTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            rows.add(new MeasureTable.Row(
                    periods.get(i).label(), List.of(control.count(totals.get(i))), Optional.empty()));
        }
        return new MeasureTable(
                "trend",
                measure.measure().title() + ", " + area.name(),
                "Period",
                List.of(unit(measure)),
                rows,
                Optional.empty());
    }

    static List<Period> trendPeriods(Period period) {
        List<Period> periods = new ArrayList<>();
        Period p = period;
        for (int i = 0; i < TREND_PERIODS; i++) {
            periods.add(0, p);
            p = p.previous();
        }
        return periods;
    }

    /** This period and the previous one by category, totalled down unless a record can fall in several categories. */
    MeasureTable categories(Measures.Sourced measure, AreaChoice area, Period period) {
        figures.of(measure, List.of(period, period.previous()));
        List<Count> now = counts(measure, area, period);
        List<Count> before = counts(measure, area, period.previous());
        Set<String> categories = new LinkedHashSet<>();
        now.forEach(c -> categories.add(c.category()));
        before.forEach(c -> categories.add(c.category()));
        List<String> labels = categories.stream().sorted().toList();
        long[][] cells = new long[labels.size()][2];
        for (int r = 0; r < labels.size(); r++) {
            cells[r][0] = sum(now, labels.get(r));
            cells[r][1] = sum(before, labels.get(r));
        }
        boolean totals = !measure.source().categoriesOverlap(measure.code());
        ShownTable shown = settings.current().control().table(cells, false, totals);
        boolean drills = measure.source().drills(measure.code());
        List<MeasureTable.Row> rows = new ArrayList<>();
        for (int r = 0; r < labels.size(); r++) {
            String label = labels.get(r).isEmpty() ? "All" : labels.get(r);
            rows.add(new MeasureTable.Row(
                    label,
                    List.of(shown.cell(r, 0), shown.cell(r, 1)),
                    drills ? Optional.of(labels.get(r)) : Optional.empty()));
        }
        Optional<MeasureTable.Row> total = totals
                ? Optional.of(new MeasureTable.Row(
                        "Total", List.of(shown.columnTotal(0), shown.columnTotal(1)), Optional.empty()))
                : Optional.empty();
        return new MeasureTable(
                "categories",
                measure.measure().title() + ", " + area.name(),
                "Category",
                List.of(period.label(), period.previous().label()),
                rows,
                total);
    }

    /** The whole partnership's figure by area for the period, with what belongs to no single area. */
    MeasureTable areas(Measures.Sourced measure, Period period, List<AreaChoice> areas) {
        List<Count> counts = figures.of(measure, period).counts();
        List<AreaChoice> single =
                areas.stream().filter(a -> a.areaId().isPresent()).toList();
        List<String> labels =
                new ArrayList<>(single.stream().map(AreaChoice::name).toList());
        List<Long> values = new ArrayList<>();
        single.forEach(a -> values.add(counts.stream()
                .filter(c -> a.includes(c.areaId()))
                .mapToLong(Count::count)
                .sum()));
        long none = counts.stream()
                .filter(c -> c.areaId() == null)
                .mapToLong(Count::count)
                .sum();
        if (none > 0) {
            labels.add("No single area");
            values.add(none);
        }
        long[][] cells = new long[values.size()][1];
        for (int r = 0; r < values.size(); r++) {
            cells[r][0] = values.get(r);
        }
        ShownTable shown = settings.current().control().table(cells, false, true);
        List<MeasureTable.Row> rows = new ArrayList<>();
        for (int r = 0; r < labels.size(); r++) {
            rows.add(new MeasureTable.Row(labels.get(r), List.of(shown.cell(r, 0)), Optional.empty()));
        }
        return new MeasureTable(
                "areas",
                measure.measure().title() + " by area, " + period.label(),
                "Area",
                List.of(period.label()),
                rows,
                Optional.of(new MeasureTable.Row("Total", List.of(shown.columnTotal(0)), Optional.empty())));
    }

    /** The measure's total for an area choice: the sum over its categories (its headline has just one). */
    long total(Measures.Sourced measure, AreaChoice area, Period period) {
        return totals(measure, area, List.of(period)).get(0);
    }

    /** The measure's totals for an area choice in each period, the periods' figures read together. */
    List<Long> totals(Measures.Sourced measure, AreaChoice area, List<Period> periods) {
        return figures.of(measure, periods).stream()
                .map(counted -> counted.counts().stream()
                        .filter(c -> area.includes(c.areaId()))
                        .mapToLong(Count::count)
                        .sum())
                .toList();
    }

    List<Count> counts(Measures.Sourced measure, AreaChoice area, Period period) {
        return figures.of(measure, period).counts().stream()
                .filter(c -> area.includes(c.areaId()))
                .toList();
    }

    private static long sum(List<Count> counts, String category) {
        return counts.stream()
                .filter(c -> c.category().equals(category))
                .mapToLong(Count::count)
                .sum();
    }

    private static String unit(Measures.Sourced measure) {
        String unit = measure.measure().unit();
        return unit.isEmpty() ? "Count" : Character.toUpperCase(unit.charAt(0)) + unit.substring(1);
    }
}
