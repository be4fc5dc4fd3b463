package app.haven.bench;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where benchmark figures are printed: one recognisable prefix, easy to grep out of a Maven log. */
public final class Report {

    private static final Logger log = LoggerFactory.getLogger("haven.bench");

    private Report() {}

    public static void line(String figure) {
        log.info("BENCH {}", figure);
    }

    /**
     * A figure against its target (at most {@code target}), in words: "p95 87.1 ms, target <= 100 ms: met (12.9 ms
     * under)" or "... missed by 23.4 ms".
     */
    public static String against(String what, java.time.Duration figure, java.time.Duration target) {
        double value = figure.toNanos() / 1e6;
        double limit = target.toNanos() / 1e6;
        return String.format(
                java.util.Locale.ROOT,
                "%s %.1f ms, target <= %.0f ms: %s",
                what,
                value,
                limit,
                value <= limit
                        ? String.format(java.util.Locale.ROOT, "met (%.1f ms under)", limit - value)
                        : String.format(java.util.Locale.ROOT, "missed by %.1f ms", value - limit));
    }

    public static int scale() {
        return Integer.getInteger("haven.bench.scale", 1);
    }
}
