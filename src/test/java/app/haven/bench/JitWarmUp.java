package app.haven.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * Repeats a benchmark's work until the JIT compiler has settled: a pass during which it compiled for less than 5% of
 * one CPU, or four minutes at most. A running Haven has compiled what its pages run; figures taken sooner measure
 * the compiler too (ADR 0008, seventh look).
 */
public final class JitWarmUp {

    /** The share of one CPU the JIT may still be compiling when the warm-up ends. */
    private static final double SETTLED_SHARE = 0.05;

    private static final Duration AT_MOST = Duration.ofMinutes(4);

    private JitWarmUp() {}

    /** One pass of the work to warm up. */
    public interface Pass {
        void run() throws Exception;
    }

    /** Runs passes until the JIT has settled, then prints how many it took. */
    public static void untilSettled(String what, Pass pass) throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long started = System.nanoTime();
        int passes = 0;
        while (true) {
            long compiled = jit.getTotalCompilationTime();
            long passStarted = System.nanoTime();
            pass.run();
            passes++;
            double share = (jit.getTotalCompilationTime() - compiled) * 1e6 / (System.nanoTime() - passStarted);
            Duration spent = Duration.ofNanos(System.nanoTime() - started);
            if (share < SETTLED_SHARE || spent.compareTo(AT_MOST) > 0) {
                Report.line(String.format(
                        "warm-up: %d passes over %s in %d s; the JIT was compiling %.0f%% of a CPU in the last",
                        passes, what, spent.toSeconds(), share * 100));
                return;
            }
        }
    }
}
