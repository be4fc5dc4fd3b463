package app.haven.people;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.identity.OutsideRecordScope;
import app.haven.platform.HavenPrincipal;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A person's record. Children live at /children/{id} (where other modules link), adults at /people/{id}. A merged
 * record forwards to the record it was merged into. Every view is audited; outside scope the user is sent to the
 * page that says who knows the child.
 */
@Controller
class PersonRecordController {

    static final String VIEW = "people/record";

    private final PersonRecordQueries queries;
    private final PersonAccess access;
    private final People people;
    private final AuditLog audit;

    PersonRecordController(PersonRecordQueries queries, PersonAccess access, People people, AuditLog audit) {
        this.queries = queries;
        this.access = access;
        this.people = people;
        this.audit = audit;
    }

    @GetMapping("/children/{id}")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String showChild(
            @PathVariable long id, @AuthenticationPrincipal HavenPrincipal user, Authentication auth, Model model) {
        model.addAttribute("can", RecordPermissions.of(auth));
        return show(id, PersonKind.CHILD, user, model);
    }

    @GetMapping("/people/{id}")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String showPerson(
            @PathVariable long id, @AuthenticationPrincipal HavenPrincipal user, Authentication auth, Model model) {
        model.addAttribute("can", RecordPermissions.of(auth));
        return show(id, PersonKind.ADULT, user, model);
    }

    private String show(long id, PersonKind expected, HavenPrincipal user, Model model) {
        PersonSummary summary = people.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        // Scope first, on the record that would be shown: a merged id's redirect must not reveal the kept record.
        if (!access.canOpen(user, summary.id())) {
            throw expected == PersonKind.CHILD ? OutsideRecordScope.child(id) : OutsideRecordScope.adult(id);
        }
        if (summary.id() != id || summary.kind() != expected) {
            return "redirect:" + PersonLinks.record(summary.id(), summary.kind());
        }
        PersonRecordView record =
                queries.load(id, user).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (expected == PersonKind.CHILD) {
            audit.childRecordViewed(id, "child", id);
        } else {
            audit.record(AuditAction.VIEW, "person", id, Optional.empty(), Optional.empty());
        }
        model.addAttribute("record", record);
        model.addAttribute("base", PersonLinks.record(id, expected));
        return VIEW;
    }
}
