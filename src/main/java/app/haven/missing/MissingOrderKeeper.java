package app.haven.missing;

import app.haven.platform.MissingCounts;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the register's missing order ahead (ADR 0019). Shortly after midnight, London time, it brings the 90-day
 * counts kept on open cases to the moment (the register would otherwise do it for the first request that orders by
 * them) and puts right any case's copy that differs from its child's summary (a case opened in the very moment its
 * child's episode was written can miss that write). Correctness never waits for it: the register rolls the counts
 * itself before ordering by them.
 */
@Component
class MissingOrderKeeper {

    private static final Logger log = LoggerFactory.getLogger(MissingOrderKeeper.class);

    private final MissingCounts counts;
    private final JdbcClient jdbc;
    private final Clock clock;

    MissingOrderKeeper(MissingCounts counts, JdbcClient jdbc, Clock clock) {
        this.counts = counts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${haven.missing.order-keeping:0 1 0 * * *}", zone = "Europe/London")
    void keepAhead() {
        counts.keepOrderCurrent(clock.instant());
        int fixed = jdbc.sql("SELECT missing_counts_reconcile()")
                .query(Integer.class)
                .single();
        if (fixed > 0) {
            log.warn("The register's missing order: {} open case(s) had a stale copy of the child's count", fixed);
        }
    }
}
