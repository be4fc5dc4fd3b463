package app.haven.meetings;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a meeting records on an agenda item: the discussion notes and the band agreed (saved together, against the
 * version the writer read, so two people saving the same notes never overwrite each other), and decisions, which are
 * only ever added.
 */
@Service
class AgendaNotes {

    /** The bands a meeting may agree, as the screening tools name them. */
    static final List<String> BANDS = List.of("No apparent risk", "Low", "Medium", "High");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    AgendaNotes(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Saves the notes and band; false (nothing saved) when someone saved the item since {@code version} was read. */
    @Transactional
    boolean save(AgendaQueries.ItemRef item, String notes, Optional<String> band, int version, HavenPrincipal user) {
        int updated = jdbc.sql("""
                        UPDATE agenda_item SET notes = :notes, band_agreed = :band, notes_by = :user, notes_at = :now,
                               version = version + 1
                         WHERE id = :id AND version = :version
                        """)
                .param("notes", notes.isBlank() ? null : notes)
                .param("band", band.orElse(null))
                .param("user", user.userId())
                .param("now", Timestamp.from(clock.instant()))
                .param("id", item.id())
                .param("version", version)
                .update();
        if (updated == 0) {
            return false;
        }
        audit.record(AuditAction.UPDATE, "agenda-item", item.id(), item.childId(), Optional.of("discussion notes"));
        return true;
    }

    @Transactional
    void decide(AgendaQueries.ItemRef item, String decision, HavenPrincipal user) {
        long id = jdbc.sql("""
                        INSERT INTO meeting_decision (agenda_item_id, decision, recorded_by, recorded_at)
                        VALUES (:item, :decision, :user, :now) RETURNING id
                        """)
                .param("item", item.id())
                .param("decision", decision)
                .param("user", user.userId())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        audit.record(AuditAction.CREATE, "meeting-decision", id, item.childId(), Optional.of("decision recorded"));
    }
}
