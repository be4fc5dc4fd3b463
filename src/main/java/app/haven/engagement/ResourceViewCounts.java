package app.haven.engagement;

import jakarta.annotation.PreDestroy;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts public views of resources in memory and adds them to {@code engagement_resource_view} every half minute (and
 * when Haven stops), instead of writing a row on every page view: under load every visitor of one resource would
 * otherwise wait in turn for the same row's lock and a commit. Each node adds its own counts, so several nodes count
 * correctly; a node that crashes loses at most half a minute of its counts. Nothing about the visitor is kept.
 */
@Component
class ResourceViewCounts {

    private record Day(long resourceId, LocalDate on) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<Day, LongAdder> pending = new ConcurrentHashMap<>();

    ResourceViewCounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One public view of a published resource, today (Europe/London). */
    void viewed(long resourceId) {
        pending.computeIfAbsent(
                        new Day(resourceId, LocalDate.now(clock.withZone(EngagementMeasures.LONDON))),
                        day -> new LongAdder())
                .increment();
    }

    /** Adds the views counted since the last time to the table. */
    @Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT30S")
    @PreDestroy
    void flush() {
        LocalDate today = LocalDate.now(clock.withZone(EngagementMeasures.LONDON));
        for (Map.Entry<Day, LongAdder> entry : pending.entrySet()) {
            long views = entry.getValue().sumThenReset();
            if (views > 0) {
                add(entry.getKey(), views);
            }
            // Today's counter stays (removing it could lose a view counted meanwhile); earlier days' are done.
            if (entry.getKey().on().isBefore(today)) {
                pending.remove(entry.getKey());
            }
        }
    }

    private void add(Day day, long views) {
        jdbc.sql("""
                        INSERT INTO engagement_resource_view (resource_id, viewed_on, views)
                        SELECT id, :on, :views FROM engagement_resource WHERE id = :id
                        ON CONFLICT (resource_id, viewed_on)
                        DO UPDATE SET views = engagement_resource_view.views + EXCLUDED.views
                        """)
                .param("id", day.resourceId())
                .param("on", Date.valueOf(day.on()))
                .param("views", (int) Math.min(Integer.MAX_VALUE, views))
                .update();
    }
}
