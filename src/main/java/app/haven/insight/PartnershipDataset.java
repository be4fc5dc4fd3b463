package app.haven.insight;

import app.haven.platform.MeasureSource;
import app.haven.platform.MeasureSource.Count;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The partnership dataset: one row per child per period with the fields the measures use, so partners can analyse
 * it elsewhere. Its fields are the measures that count children's records, so a module's new measure becomes a new
 * field (and a new version) without insight changing. A child appears under a pseudonymous reference, and only
 * children the exporting user may open are included.
 */
@Component
class PartnershipDataset {

    static final int MAX_CHILDREN = 100_000;

    /** A field of the dataset: the measure whose categories are its values. */
    record Field(String name, String title, String howComputed) {}

    private final Measures measures;
    private final CountedFigures figures;
    private final JdbcClient jdbc;

    PartnershipDataset(Measures measures, CountedFigures figures, JdbcClient jdbc) {
        this.measures = measures;
        this.figures = figures;
        this.jdbc = jdbc;
    }

    List<Field> fields() {
        return measures.all().stream()
                .filter(m -> m.source().drills(m.code()) && !m.source().categoriesOverlap(m.code()))
                .map(m -> new Field(m.code(), m.measure().title(), m.measure().howComputed()))
                .toList();
    }

    /** Changes whenever the fields change: the first 8 hex digits of a digest of their names and titles. */
    String version() {
        StringBuilder all = new StringBuilder();
        fields().forEach(f -> all.append(f.name()).append('=').append(f.title()).append('\n'));
        return HexFormat.of().formatHex(sha256(all.toString())).substring(0, 8);
    }

    /** The values a field takes in a period (its categories, or Yes for a measure without them). */
    List<String> values(Field field, Period period) {
        return measures.find(field.name())
                .map(m -> figures.of(m, period).counts().stream()
                        .map(Count::category)
                        .map(c -> c.isEmpty() ? "Yes" : c)
                        .distinct()
                        .sorted()
                        .toList())
                .orElse(List.of());
    }

    /** Header then one line per child, for children in the area choice whom this scope reaches. */
    List<List<String>> rows(AreaChoice area, Period period, MeasureSource.ChildScope scope) {
        List<Field> fields = fields();
        Map<Long, String[]> byChild = new TreeMap<>();
        for (int f = 0; f < fields.size(); f++) {
            Measures.Sourced m = measures.find(fields.get(f).name()).orElseThrow();
            for (String category : categories(m, period)) {
                List<Long> children = m.source()
                        .childrenBehind(
                                m.code(),
                                period.from(),
                                period.toExclusive(),
                                area.areaId().orElse(null),
                                category,
                                scope,
                                MAX_CHILDREN);
                for (Long child : children) {
                    String[] row = byChild.computeIfAbsent(child, c -> new String[fields.size()]);
                    String value = category.isEmpty() ? "Yes" : category;
                    row[f] = row[f] == null ? value : row[f] + "; " + value;
                }
            }
        }
        String salt = jdbc.sql("SELECT dataset_salt FROM insight_setting")
                .query(String.class)
                .single();
        List<List<String>> lines = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("reference", "period"));
        fields.forEach(f -> header.add(f.name()));
        lines.add(header);
        byChild.forEach((child, values) -> {
            List<String> line = new ArrayList<>(List.of(reference(salt, child), period.code()));
            for (String v : values) {
                line.add(v == null ? "" : v);
            }
            lines.add(line);
        });
        return lines;
    }

    private TreeSet<String> categories(Measures.Sourced m, Period period) {
        TreeSet<String> categories = new TreeSet<>();
        figures.of(m, period).counts().forEach(c -> categories.add(c.category()));
        return categories;
    }

    private static String reference(String salt, long child) {
        return "R" + HexFormat.of().formatHex(sha256(salt + ":" + child)).substring(0, 16);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
