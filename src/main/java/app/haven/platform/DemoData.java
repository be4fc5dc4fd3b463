package app.haven.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a {@link DemoDataContributor} works with: the database, a seeded random source (the same seed gives
 * the same data, so benchmarks and bug reports can be repeated), the scale, and a place to announce how to
 * sign in.
 */
public final class DemoData {

    /** Every generated name or address must look fictional; this marks e-mail domains and the like. */
    public static final String FICTIONAL_DOMAIN = "demo.haven.invalid";

    private static final int BATCH_SIZE = 1_000;

    private final JdbcTemplate template;
    private final JdbcClient jdbc;
    private final int scale;
    private final Random random;
    private final Faker faker;
    private final List<String> announcements = new ArrayList<>();

    public DemoData(JdbcTemplate template, int scale, long seed) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1");
        }
        this.template = template;
        this.jdbc = JdbcClient.create(template);
        this.scale = scale;
        this.random = new Random(seed);
        this.faker = new Faker(Locale.UK, new Random(seed));
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    /** Inserts many rows in JDBC batches: benchmarks generate up to a thousand times the demo volume. */
    public void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
            template.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE)));
        }
    }

    /** 1 for the demo; 10 to 1000 for benchmarks. Contributors multiply their volumes by it. */
    public int scale() {
        return scale;
    }

    public Random random() {
        return random;
    }

    public Faker faker() {
        return faker;
    }

    /** A line printed once, after generation, telling a person how to use the demo (e.g. how to sign in). */
    public void announce(String line) {
        announcements.add(line);
    }

    public List<String> announcements() {
        return List.copyOf(announcements);
    }
}
