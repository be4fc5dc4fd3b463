package app.haven.referrals;

import app.haven.audit.AuditLog;
import app.haven.identity.ChildAccess;
import app.haven.identity.OutsideRecordScope;
import app.haven.people.People;
import app.haven.platform.HavenPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** Finds a disclosure (404 when there is none), refuses a user outside the child's record, audits a page once. */
@Component
class DisclosurePages {

    private final DisclosureQueries disclosures;
    private final ChildAccess access;
    private final People people;
    private final AuditLog audit;

    DisclosurePages(DisclosureQueries disclosures, ChildAccess access, People people, AuditLog audit) {
        this.disclosures = disclosures;
        this.access = access;
        this.people = people;
        this.audit = audit;
    }

    DisclosureView checked(long id, HavenPrincipal user) {
        DisclosureView found =
                disclosures.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!access.canOpen(user, found.childId())) {
            throw OutsideRecordScope.childRecord(found.childId(), "disclosure", id);
        }
        return found;
    }

    void show(DisclosureView disclosure, Model model) {
        audit.childRecordViewed(disclosure.childId(), "disclosure", disclosure.id());
        model.addAttribute("disclosure", disclosure);
        model.addAttribute("child", people.find(disclosure.childId()).orElseThrow());
    }
}
