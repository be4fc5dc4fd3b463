package app.haven.people;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What every change to a person's record does besides the change itself: an audit entry, and for a child an event
 * for the chronology, in the same transaction.
 */
@Component
class RecordChanges {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordChanges(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Records a change to a person: {@code subjectType} names the part changed ({@code person-address}...). */
    void changed(
            long personId,
            String subjectType,
            long subjectId,
            ChildRecordChanged.Change change,
            String summary,
            HavenPrincipal user) {
        boolean child = isChild(personId);
        audit.record(
                AuditAction.UPDATE,
                subjectType,
                subjectId,
                child ? Optional.of(personId) : Optional.empty(),
                Optional.of(summary));
        if (child) {
            events.publishEvent(
                    new ChildRecordChanged(personId, change, summary, clock.instant(), user.userId(), user.agencyId()));
        }
    }

    boolean isChild(long personId) {
        return jdbc.sql("SELECT kind = 'CHILD' FROM person WHERE id = :id")
                .param("id", personId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }
}
