package app.haven.insight;

/** A baseline as the baselines page lists it. */
public record BaselineRow(
        long id, String measure, String category, String area, String period, String figure, String source) {

    static BaselineRow of(Baselines.Baseline b, String areaName, String measureTitle) {
        return new BaselineRow(
                b.id(), measureTitle, b.category(), areaName, b.period().label(), b.figure(), b.source());
    }
}
