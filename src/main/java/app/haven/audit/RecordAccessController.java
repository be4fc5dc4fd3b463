package app.haven.audit;

import app.haven.identity.ChildAccess;
import app.haven.identity.OutsideRecordScope;
import app.haven.platform.HavenPrincipal;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * "Who has seen this record" (domain reference section 8): everyone who viewed or changed anything about a
 * child, with break-glass use picked out. Looking at who has seen a record is itself recorded. The record's scope
 * applies: a manager or coordinator must be able to open the child's record; an auditor (who has no record scope)
 * sees children known in their own areas.
 */
@Controller
class RecordAccessController {

    static final String ACCESS_VIEW = "audit/recordAccess";
    static final String SUBJECT = "record-access";

    private final AuditEvents events;
    private final AuditLog log;
    private final ChildAccess access;

    RecordAccessController(AuditEvents events, AuditLog log, ChildAccess access) {
        this.events = events;
        this.log = log;
        this.access = access;
    }

    @GetMapping("/children/{childId}/access")
    @PreAuthorize("hasAuthority('VIEW_RECORD_ACCESS')")
    String showRecordAccess(
            @PathVariable long childId,
            @AuthenticationPrincipal HavenPrincipal user,
            Authentication auth,
            Model model) {
        boolean auditor =
                auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("VIEW_AUDIT"));
        if (!access.canOpen(user, childId) && !(auditor && access.knownInAreasOf(user, childId))) {
            throw OutsideRecordScope.childRecord(childId, SUBJECT, childId);
        }
        log.record(AuditAction.VIEW, SUBJECT, childId, Optional.of(childId), Optional.empty());
        model.addAttribute("childId", childId);
        model.addAttribute("accesses", events.accessTo(childId));
        return ACCESS_VIEW;
    }
}
