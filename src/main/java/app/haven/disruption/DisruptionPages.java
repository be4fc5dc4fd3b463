package app.haven.disruption;

import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * What every disruption page does first: finds the measure or prosecution (404 when there is none), refuses one the
 * user may not see (audited as refused), and audits once what the page shows: one child's record, or the children
 * shown.
 */
@Component
class DisruptionPages {

    private final MeasureQueries measures;
    private final ProsecutionQueries prosecutions;
    private final AuditLog audit;

    DisruptionPages(MeasureQueries measures, ProsecutionQueries prosecutions, AuditLog audit) {
        this.measures = measures;
        this.prosecutions = prosecutions;
        this.audit = audit;
    }

    MeasureView measure(long id, HavenPrincipal user) {
        return found(measures.find(id, user), () -> measures.exists(id), "measure");
    }

    ProsecutionView prosecution(long id, HavenPrincipal user) {
        return found(prosecutions.find(id, user), () -> prosecutions.exists(id), "prosecution");
    }

    /** The record as the user may see it; else 404 when there is none, or a refusal when it is outside their scope. */
    private static <T> T found(Optional<T> seen, BooleanSupplier exists, String what) {
        return seen.orElseThrow(() -> exists.getAsBoolean()
                ? new AccessDeniedException(what + " outside record scope")
                : new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Audits once that a page about this record showed these children. */
    void shown(String subject, long subjectId, Collection<Long> children) {
        List<Long> ids = children.stream().distinct().sorted().toList();
        if (ids.size() == 1) {
            audit.childRecordViewed(ids.get(0), subject, subjectId);
        } else {
            audit.listShown(subject, "children", ids);
        }
    }

    /** Audits once that a list showed these children (or none). */
    void listShown(String subject, Collection<Long> children) {
        audit.listShown(
                subject, "children", children.stream().distinct().sorted().toList());
    }

    static boolean may(HavenPrincipal user, String permission) {
        return user instanceof UserDetails details
                && details.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals(permission));
    }
}
