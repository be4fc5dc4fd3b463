package app.haven.cases;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Writes a case step to the audit log and, where it matters to the child's story, to the chronology. */
@Component
class CaseJournal {

    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseJournal(AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Audits a change to a case record (or a part of it: plan, review, closure) without a chronology entry. */
    void audited(AuditAction action, String subject, long subjectId, long childId, String what) {
        audit.record(action, subject, subjectId, Optional.of(childId), Optional.of(what));
    }

    /** Audits a change and puts it on the child's chronology. */
    void step(
            CaseRef ref,
            String subject,
            long subjectId,
            String type,
            String typeLabel,
            String summary,
            boolean significant,
            HavenPrincipal user) {
        audited(AuditAction.UPDATE, subject, subjectId, ref.childId(), summary);
        events.publishEvent(new CaseStepRecorded(
                ref.caseId(),
                ref.childId(),
                type,
                typeLabel,
                summary,
                significant,
                clock.instant(),
                user.userId(),
                user.agencyId()));
    }

    void publish(Object event) {
        events.publishEvent(event);
    }
}
