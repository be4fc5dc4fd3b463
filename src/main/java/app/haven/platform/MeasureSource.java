package app.haven.platform;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A module's share of the partnership's measures: the strategy ends each priority with "we will measure success
 * by…", and the module that keeps the records behind a measure is the one that counts them. The insight module asks
 * every source for its counts per area and period and applies disclosure control (suppression, rounding) itself; a
 * source never suppresses or rounds, never sees who asks, and counts only what its tables hold — never numbers typed
 * in as totals.
 *
 * <p>A measure whose code extends another's with a dot ({@code cases.children-new.by-band}) breaks that measure down:
 * the dashboard shows the headline measure and its drill-down page shows each breakdown.
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
     * The counts of one of this source's measures for each of several periods, in the order asked, each as
     * {@link #count} answers it. A source that keeps its counts reads the kept ones together and counts the rest in
     * one pass over its records (the board's pages ask for a measure's trend this way, and the background count
     * ahead for every period offered).
     */
    default List<List<Count>> countEach(String measureCode, List<MeasurePeriod> periods) {
        return periods.stream()
                .map(p -> count(measureCode, p.from(), p.toExclusive()))
                .toList();
    }

    /**
     * The counts of several of this source's measures for each of several periods: per measure (in the order asked),
     * its counts per period as {@link #countEach} answers them. A page asks this way for every figure it shows of a
     * source, so a source may answer them all with one query.
     */
    default Map<String, List<List<Count>>> countAll(List<String> measureCodes, List<MeasurePeriod> periods) {
        Map<String, List<List<Count>>> all = new LinkedHashMap<>();
        measureCodes.forEach(code -> all.put(code, countEach(code, periods)));
        return all;
    }

    /**
     * Whether one record may fall in several of a measure's categories (a referral given several reasons), so the
     * categories add up to more than the records and must not be totalled.
     */
    default boolean categoriesOverlap(String measureCode) {
        return false;
    }

    /**
     * Brings up to date, ahead of the next reader, any counts this source keeps between views whose records have
     * changed since they were counted; answers how many it counted again. A source that keeps nothing (it counts on
     * every call) has nothing to do. Insight calls it in the background every minute; {@link #count} must answer
     * current figures whether or not it has run.
     */
    default int recountChanged() {
        return 0;
    }

    /**
     * Whether a count of this measure can be followed to the children behind it (a count of children, episodes or
     * referrals can; a count of meetings or locations cannot). Sources that add drill-downs override both methods.
     */
    default boolean drills(String measureCode) {
        return false;
    }

    /**
     * The ids of the children behind one cell of a measure: the records {@link #count} counted for this area (null:
     * every area) and category (null: every category) in the period, limited IN THE QUERY to the children the asker
     * may open ({@code scope}, the record-scope condition the insight module builds from identity's rules), at most
     * {@code limit}, in a stable order. A measure that does not drill answers with no ids.
     */
    default List<Long> childrenBehind(
            String measureCode,
            LocalDate from,
            LocalDate toExclusive,
            Long areaId,
            String category,
            ChildScope scope,
            int limit) {
        return List.of();
    }

    /**
     * Record scope as an SQL condition over a child-id column, for a source to put inside its own query: nothing is
     * fetched and then filtered. Parameter names start with {@code scope_}.
     */
    interface ChildScope {
        Condition on(String childIdColumn);

        /** An SQL condition and its named parameters. */
        record Condition(String sql, Map<String, Object> parameters) {}
    }

    /**
     * One measure: a code unique across Haven (e.g. {@code disruption.measures-by-type}), the strategy priority it
     * serves (1 spot early, 2 resilience, 3 support victims, 4 disrupt and prosecute), a title, how it is computed
     * in a sentence a board member can read, and what it counts (e.g. "children", "measures", "people trained").
     */
    record Measure(String code, int priority, String title, String howComputed, String unit) {}

    /** A count for an area (null: no single area) and a category of the measure ("" when it has none). */
    record Count(Long areaId, String category, long count) {}
}
