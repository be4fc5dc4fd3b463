package app.haven.intelligence;

import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * What every intelligence page does first: finds the entity or report (404 when there is none), refuses one the user
 * may not see (403, audited as refused), and audits what the page shows once: a child's own entity as a view of the
 * child's record, anything else as one entry naming the children shown.
 */
@Component
class IntelligencePages {

    private final EntityQueries entities;
    private final Reports reports;
    private final AuditLog audit;

    IntelligencePages(EntityQueries entities, Reports reports, AuditLog audit) {
        this.entities = entities;
        this.reports = reports;
        this.audit = audit;
    }

    /** The entity, checked but not audited (for a change, audited as the change). */
    EntityView entity(long id, HavenPrincipal user) {
        Optional<EntityView> found = entities.visible(id, user);
        if (found.isEmpty()) {
            if (!entities.exists(id)) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            throw new AccessDeniedException("intelligence entity outside record scope");
        }
        return found.get();
    }

    ReportView report(long id, HavenPrincipal user) {
        return reports.visible(id, user).orElseThrow(() -> new AccessDeniedException("report not found or not seen"));
    }

    /** Audits once that a page about this entity showed it and these children (person record ids). */
    void shown(EntityView entity, String subject, Collection<Long> children) {
        if (entity.child()) {
            audit.childRecordViewed(entity.personId().orElseThrow(), subject, entity.id());
        } else {
            audit.listShown(subject, "children", List.copyOf(children));
        }
    }

    /** Audits once that a page showed part of one child's record. */
    void childShown(long childId, String subject, long subjectId) {
        audit.childRecordViewed(childId, subject, subjectId);
    }

    /** Audits once that a page showed these children (person record ids), or a list that showed none. */
    void listShown(String subject, Collection<Long> children) {
        audit.listShown(
                subject,
                "children",
                List.copyOf(children.stream().distinct().sorted().toList()));
    }
}
