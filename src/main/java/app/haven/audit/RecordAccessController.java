package app.haven.audit;

import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * "Who has seen this record" (domain reference section 8): everyone who viewed or changed anything about a
 * child, with break-glass use picked out. Looking at who has seen a record is itself recorded.
 */
@Controller
class RecordAccessController {

    static final String ACCESS_VIEW = "audit/recordAccess";
    static final String SUBJECT = "record-access";

    private final AuditEvents events;
    private final AuditLog log;

    RecordAccessController(AuditEvents events, AuditLog log) {
        this.events = events;
        this.log = log;
    }

    @GetMapping("/children/{childId}/access")
    @PreAuthorize("hasAuthority('VIEW_RECORD_ACCESS')")
    String showRecordAccess(@PathVariable long childId, Model model) {
        log.record(AuditAction.VIEW, SUBJECT, childId, Optional.of(childId), Optional.empty());
        model.addAttribute("childId", childId);
        model.addAttribute("accesses", events.accessTo(childId));
        return ACCESS_VIEW;
    }
}
