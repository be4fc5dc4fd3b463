package app.haven.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.platform.DemoDataGenerator;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How fast the generator fills a throw-away database at {@code -Dhaven.bench.scale=N} (default 1; try 10 to
 * 1000). Run with {@code ./mvnw -Pbench verify -Dhaven.bench.scale=100}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DemoDataBenchmark {

    @Autowired
    DemoDataGenerator generator;

    @Autowired
    JdbcClient jdbc;

    @Test
    void generatesDemoDataAtScale() {
        int scale = Report.scale();
        var report = generator.generateOnce(scale, Instant.now()).orElseThrow();
        long users =
                jdbc.sql("SELECT count(*) FROM user_account").query(Long.class).single();
        assertThat(users).isPositive();
        report.timings()
                .forEach((contributor, took) ->
                        Report.line("scale " + scale + " " + contributor + ": " + took.toMillis() + " ms"));
        Report.line(Figures.rate("scale " + scale + " user accounts", users, report.total()));
    }
}
