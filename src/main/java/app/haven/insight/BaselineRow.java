package app.haven.insight;

/** A baseline as the baselines page lists it. */
public record BaselineRow(String measure, String category, String area, String period, String figure, String source) {

    static BaselineRow of(Baselines.Baseline b, String areaName, String measureTitle) {
        String figure = b.count()
                .map(String::valueOf)
                .orElseGet(() -> b.sharePercent().map(p -> p + "%").orElse(""));
        return new BaselineRow(measureTitle, b.category(), areaName, b.period().label(), figure, b.source());
    }
}
