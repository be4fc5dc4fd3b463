package app.haven.platform;

import app.haven.platform.MeasureSource.Count;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Figures of several modules' measures asked for together, as a page shows them (ADR 0020). */
public final class MeasuresTogether {

    private MeasuresTogether() {}

    /**
     * Several sources' measures (each code with the source that counts it) for each period, as the sources'
     * {@link MeasureSource#countAll} answers: the kept counts of every {@code SqlMeasureSource} among them are read with one query
     * (a page's figures in one statement, ADR 0020), those not current are counted again measure by measure and kept;
     * any other source is asked once for all its measures.
     */
    public static Map<String, List<List<Count>>> count(
            Map<String, MeasureSource> measures, List<MeasurePeriod> periods) {
        List<MeasurePeriod> distinct = periods.stream().distinct().toList();
        Map<String, SqlMeasureSource> keeping = new LinkedHashMap<>();
        Map<MeasureSource, List<String>> others = new LinkedHashMap<>();
        measures.forEach((code, source) -> {
            if (source instanceof SqlMeasureSource sql) {
                sql.measure(code);
                keeping.put(code, sql);
            } else {
                others.computeIfAbsent(source, s -> new ArrayList<>()).add(code);
            }
        });
        Map<String, List<List<Count>>> counted = new HashMap<>();
        others.forEach((source, codes) -> counted.putAll(source.countAll(codes, periods)));
        if (!keeping.isEmpty()) {
            List<KeptMeasureCounts.Asked> asked = new ArrayList<>();
            keeping.forEach((code, source) -> distinct.forEach(
                    p -> asked.add(new KeptMeasureCounts.Asked(source.kept().source(), code, p))));
            Map<KeptMeasureCounts.Asked, List<Count>> found =
                    KeptMeasureCounts.current(keeping.values().iterator().next().jdbc(), asked);
            keeping.forEach(
                    (code, source) -> counted.put(code, source.keptOrRecounted(code, distinct, found, periods)));
        }
        Map<String, List<List<Count>>> ordered = new LinkedHashMap<>();
        measures.keySet().forEach(code -> ordered.put(code, counted.get(code)));
        return ordered;
    }
}
