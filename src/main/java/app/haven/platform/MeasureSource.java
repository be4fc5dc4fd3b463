package app.haven.platform;

import java.time.LocalDate;
import java.util.List;

/**
 * A module's share of the partnership's measures: the strategy ends each priority with "we will measure success
 * by…", and the module that keeps the records behind a measure is the one that counts them. The insight module asks
 * every source for its counts per area and period and applies disclosure control (suppression, rounding) itself; a
 * source never suppresses or rounds, never sees who asks, and counts only what its tables hold — never numbers typed
 * in as totals.
 */
public interface MeasureSource {

    /** The measures this source counts, in the order a dashboard lists them. */
    List<Measure> measures();

    /**
     * The counts of one of this source's measures for records whose date falls on or after {@code from} and before
     * {@code toExclusive} (dates in Europe/London), one row per area and category. A measure with no categories
     * answers with category {@code ""}; a row with a null area counts something that belongs to no single area
     * (it joins the pan-partnership figure only). Areas and categories with nothing to count may be left out.
     */
    List<Count> count(String measureCode, LocalDate from, LocalDate toExclusive);

    /**
     * One measure: a code unique across Haven (e.g. {@code disruption.measures-by-type}), the strategy priority it
     * serves (1 spot early, 2 resilience, 3 support victims, 4 disrupt and prosecute), a title, how it is computed
     * in a sentence a board member can read, and what it counts (e.g. "children", "measures", "people trained").
     */
    record Measure(String code, int priority, String title, String howComputed, String unit) {}

    /** A count for an area (null: no single area) and a category of the measure ("" when it has none). */
    record Count(Long areaId, String category, long count) {}
}
