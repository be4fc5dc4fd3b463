package app.haven.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void percentilesUseNearestRank() {
        Figures figures = new Figures("test");
        for (int ms = 1; ms <= 100; ms++) {
            figures.record(Duration.ofMillis(ms));
        }
        assertThat(figures.percentile(0.50)).isEqualTo(Duration.ofMillis(50));
        assertThat(figures.percentile(0.95)).isEqualTo(Duration.ofMillis(95));
        assertThat(figures.percentile(1.0)).isEqualTo(Duration.ofMillis(100));
        assertThat(figures.summary()).isEqualTo("test: n=100 p50=50.00 ms p95=95.00 ms max=100.00 ms");
    }

    @Test
    void emptyFiguresReportZero() {
        assertThat(new Figures("none").percentile(0.95)).isEqualTo(Duration.ZERO);
    }

    @Test
    void ratesAreRowsPerSecond() {
        assertThat(Figures.rate("users", 500, Duration.ofMillis(250)))
                .isEqualTo("users: 500 rows in 0.25 s = 2000 rows/s");
    }

    @Test
    void aFigureAgainstItsTargetSaysMetOrMissedAndByHowMuch() {
        assertThat(Report.against("p95", Duration.ofMillis(87), Duration.ofMillis(100)))
                .isEqualTo("p95 87.0 ms, target <= 100 ms: met (13.0 ms under)");
        assertThat(Report.against("p95", Duration.ofNanos(123_400_000), Duration.ofMillis(100)))
                .isEqualTo("p95 123.4 ms, target <= 100 ms: missed by 23.4 ms");
    }
}
