package app.haven.cases;

import app.haven.audit.AuditLog;
import app.haven.identity.ChildAccess;
import app.haven.identity.OutsideRecordScope;
import app.haven.people.People;
import app.haven.people.PersonSummary;
import app.haven.platform.HavenPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * What every case page does first: finds the case (404 when there is none), checks the user may open the child's
 * record (403 otherwise), audits the view, and puts the case and the child's name on the model.
 */
@Component
class CasePages {

    private final CaseQueries queries;
    private final ChildAccess access;
    private final People people;
    private final AuditLog audit;

    CasePages(CaseQueries queries, ChildAccess access, People people, AuditLog audit) {
        this.queries = queries;
        this.access = access;
        this.people = people;
        this.audit = audit;
    }

    /** The case, checked and audited as viewed, with {@code kase} and {@code child} on the model. */
    CaseView open(long caseId, HavenPrincipal user, Model model) {
        CaseView found = queries.find(caseId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        PersonSummary child = child(found.childId(), user);
        audit.childRecordViewed(child.id(), "case", caseId);
        model.addAttribute("kase", found);
        model.addAttribute("child", child);
        return found;
    }

    /** The case for a change: as {@link #open}, and it must still be open. */
    CaseView openForChange(long caseId, HavenPrincipal user, Model model) {
        CaseView found = open(caseId, user, model);
        if (!found.open()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "the case is closed");
        }
        return found;
    }

    /** Whether the user holds a permission (pages show or hide actions with it; handlers still declare theirs). */
    static boolean may(HavenPrincipal user, String permission) {
        return user instanceof org.springframework.security.core.userdetails.UserDetails details
                && details.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals(permission));
    }

    /** The child's record summary, once the user is known to be allowed to open it. */
    PersonSummary child(long childId, HavenPrincipal user) {
        if (!access.canOpen(user, childId)) {
            throw OutsideRecordScope.child(childId);
        }
        return people.find(childId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
