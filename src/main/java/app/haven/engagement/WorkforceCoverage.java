package app.haven.engagement;

/** An agency's latest headcount in an area and how many of its people were trained in the last twelve months. */
public record WorkforceCoverage(String areaName, String agencyName, int headcount, long trainedInYear) {

    /** The share trained, as a whole percentage (capped at 100: one person may attend two courses). */
    public long percentTrained() {
        return Math.min(100, Math.round(100.0 * trainedInYear / headcount));
    }
}
