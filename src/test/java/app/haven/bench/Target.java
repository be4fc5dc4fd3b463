package app.haven.bench;

import java.time.Duration;
import java.util.Locale;

/** A benchmark's target, printed as met (with what is to spare) or missed (by how much). */
public final class Target {

    private Target() {}

    /** Prints whether the given percentile of these figures is within the limit, and by how much. */
    public static void print(String what, Figures figures, double share, Duration limit) {
        Report.line("  " + verdict(what, figures.percentile(share), limit));
    }

    /** {@code target p95 <= 100 ms: met (p95 80.0 ms, 20.0 ms to spare)} or {@code ... missed by 20.0 ms (...)}. */
    public static String verdict(String what, Duration measured, Duration limit) {
        double got = measured.toNanos() / 1e6;
        double most = limit.toNanos() / 1e6;
        return got <= most
                ? String.format(Locale.ROOT, "target %s: met (%.1f ms, %.1f ms to spare)", what, got, most - got)
                : String.format(Locale.ROOT, "target %s: MISSED by %.1f ms (%.1f ms)", what, got - most, got);
    }
}
