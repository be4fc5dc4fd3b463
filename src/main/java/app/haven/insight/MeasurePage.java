package app.haven.insight;

import app.haven.platform.MeasureSource.Measure;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What a measure's page shows: its trend with a chart, its tables, and whether its figures lead to children. */
public record MeasurePage(
        Measure measure,
        Priority priority,
        MeasureTable trend,
        String trendChart,
        List<Breakdown> breakdowns,
        Optional<MeasureTable> byArea,
        Instant asAt,
        boolean drills) {

    public String asAtShown() {
        return InsightViews.asAt(asAt);
    }

    /** A breakdown table and the measure code it belongs to (its export link names that code). */
    public record Breakdown(String code, String title, MeasureTable table, boolean drills) {}
}
