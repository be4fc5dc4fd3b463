package app.haven.chronology;

import app.haven.platform.ChildTimelineEvent;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes each child timeline event as a chronology entry. It listens synchronously, inside the publisher's
 * transaction: the entry commits with the change it describes or not at all, so the chronology never disagrees
 * with the record.
 */
@Component
class ChronologyRecorder {

    static final int MAX_SUMMARY = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;

    ChronologyRecorder(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void record(ChildTimelineEvent event) {
        String summary = event.summary().length() > MAX_SUMMARY
                ? event.summary().substring(0, MAX_SUMMARY - 1) + "…"
                : event.summary();
        jdbc.sql("""
                        INSERT INTO chronology_entry (child_id, occurred_at, recorded_at, event_type, event_type_label,
                                                      summary, user_id, agency_id, significant, link)
                        VALUES (:child, :occurred, :recorded, :type, :label, :summary, :user, :agency, :significant, :link)
                        """)
                .param("child", event.childId())
                .param("occurred", Timestamp.from(event.occurredAt()))
                .param("recorded", Timestamp.from(clock.instant()))
                .param("type", event.eventType())
                .param("label", event.eventTypeLabel())
                .param("summary", summary)
                .param("user", event.recordedByUser().orElse(null))
                .param("agency", event.recordedByAgency().orElse(null))
                .param("significant", event.significant())
                .param("link", event.link().orElse(null))
                .update();
    }
}
