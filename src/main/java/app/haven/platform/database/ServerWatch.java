package app.haven.platform.database;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks at an interval that the embedded server still runs and, if it died (killed, out of memory), starts it
 * again. Should it not start after a few tries, {@link #broken()} turns true for the liveness check, so whatever
 * supervises Haven restarts it.
 */
final class ServerWatch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServerWatch.class);
    private static final int RESTART_ATTEMPTS = 5;

    /** What the watch needs of the server. */
    interface Watched {
        boolean running();

        /** Starts the server again where it was; false if it would not start. */
        boolean startAgain();
    }

    private final Watched server;
    private final ScheduledExecutorService executor;
    private volatile boolean broken;
    private volatile boolean stopped;

    private ServerWatch(Watched server, Duration interval) {
        this.server = server;
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedded-postgres-watch");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    static ServerWatch every(Duration interval, Watched server) {
        return new ServerWatch(server, interval);
    }

    boolean broken() {
        return broken;
    }

    /** Before the server is stopped on purpose: a stopped server must not be started again. */
    @Override
    public synchronized void close() {
        stopped = true;
        executor.shutdownNow();
    }

    private synchronized void check() {
        if (stopped || broken || server.running()) {
            return;
        }
        log.error("The embedded database stopped unexpectedly; starting it again");
        for (int attempt = 1; attempt <= RESTART_ATTEMPTS && !stopped; attempt++) {
            if (server.startAgain()) {
                log.info("The embedded database is running again");
                return;
            }
            log.warn("Starting the embedded database again failed (attempt {})", attempt);
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        broken = true;
        log.error("The embedded database could not be started again; Haven now reports itself not live");
    }
}
