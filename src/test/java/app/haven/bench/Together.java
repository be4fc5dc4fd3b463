package app.haven.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs a benchmark's work on several threads at once and waits for all of them. */
public final class Together {

    private Together() {}

    /** The work of one thread, told which of the threads it is (0 to threads - 1). */
    public interface Work {
        void run(int thread) throws Exception;
    }

    /** Starts {@code threads} threads, each running {@code work}; returns when all have finished (rethrows a failure). */
    public static void run(int threads, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                running.add(pool.submit(() -> {
                    work.run(thread);
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
