package app.haven.platform;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates fictional data by calling every module's {@link DemoDataContributor}. Used on the first start of
 * a demo installation and by benchmarks, which ask for 10 to 1000 times the demo volume.
 */
@Component
public class DemoDataGenerator {

    /** Fixed so that the same scale always produces the same people, for repeatable benchmarks. */
    public static final long SEED = 20_260_401L;

    private final JdbcTemplate template;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final List<DemoDataContributor> contributors;

    DemoDataGenerator(JdbcTemplate template, TransactionTemplate transaction, List<DemoDataContributor> contributors) {
        this.template = template;
        this.jdbc = JdbcClient.create(template);
        this.transaction = transaction;
        this.contributors = contributors.stream()
                .sorted(Comparator.comparingInt(DemoDataContributor::order))
                .toList();
    }

    /** What one generation did: time taken by each contributor, and what they asked to be announced. */
    public record Report(Map<String, Duration> timings, List<String> announcements) {

        public Duration total() {
            return timings.values().stream().reduce(Duration.ZERO, Duration::plus);
        }
    }

    /**
     * Generates demo data unless this database already has it. One transaction, guarded by an advisory lock,
     * so two nodes starting together (or a crash half-way) never leave the data doubled or half-made.
     *
     * @return the report, or empty when the data was already there
     */
    public Optional<Report> generateOnce(int scale, Instant now) {
        return transaction.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('haven.demo-data'))")
                    .query()
                    .singleValue();
            boolean done = jdbc.sql("SELECT count(*) FROM demo_data_run")
                            .query(Long.class)
                            .single()
                    > 0;
            if (done) {
                return Optional.<Report>empty();
            }
            Report report = contributeAll(scale);
            jdbc.sql("INSERT INTO demo_data_run (id, scale, created_at) VALUES (1, :scale, :now)")
                    .param("scale", scale)
                    .param("now", Timestamp.from(now))
                    .update();
            return Optional.of(report);
        });
    }

    private Report contributeAll(int scale) {
        DemoData demo = new DemoData(template, scale, SEED);
        Map<String, Duration> timings = new LinkedHashMap<>();
        for (DemoDataContributor contributor : contributors) {
            long started = System.nanoTime();
            contributor.contribute(demo);
            timings.put(contributor.getClass().getSimpleName(), Duration.ofNanos(System.nanoTime() - started));
        }
        return new Report(timings, demo.announcements());
    }
}
