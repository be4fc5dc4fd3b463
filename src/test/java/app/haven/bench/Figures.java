package app.haven.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Timings collected by a benchmark harness and printed as the figures issues ask for: count, p50, p95, max,
 * and a rate. Benchmarks print; they never assert on time (a loaded CI machine would make that flaky).
 */
public final class Figures {

    private final String name;
    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

    public Figures(String name) {
        this.name = name;
    }

    public void record(Duration duration) {
        nanos.add(duration.toNanos());
    }

    public void recordSince(long startedNanos) {
        nanos.add(System.nanoTime() - startedNanos);
    }

    public int count() {
        return nanos.size();
    }

    /** The value below which the given share of timings fall (nearest-rank method). */
    public Duration percentile(double share) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        if (sorted.isEmpty()) {
            return Duration.ZERO;
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(share * sorted.size());
        return Duration.ofNanos(sorted.get(Math.max(0, Math.min(sorted.size(), rank) - 1)));
    }

    public String summary() {
        return String.format(
                Locale.ROOT,
                "%s: n=%d p50=%.2f ms p95=%.2f ms max=%.2f ms",
                name,
                count(),
                millis(percentile(0.50)),
                millis(percentile(0.95)),
                millis(percentile(1.0)));
    }

    /** Prints the figures in a form that stands out in Maven's output. */
    public void print() {
        Report.line(summary());
    }

    public static String rate(String what, long rows, Duration elapsed) {
        double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
        return String.format(Locale.ROOT, "%s: %d rows in %.2f s = %.0f rows/s", what, rows, seconds, rows / seconds);
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1e6;
    }
}
