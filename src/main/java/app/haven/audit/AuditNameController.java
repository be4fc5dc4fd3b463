package app.haven.audit;

import app.haven.identity.Workforce;
import app.haven.platform.ChildNameLookup;
import app.haven.platform.web.FormErrors;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Finds a user or child by name for the audit search, whose filters are ids. The name is posted, never put in a
 * URL; the matches link to the search by id. Each child shown is audited as seen by the administrator.
 */
@Controller
class AuditNameController {

    static final String VIEW = "audit/names";
    static final String PATH = "/admin/audit/names";
    static final int MAX_MATCHES = 20;
    static final int MAX_NAME = 100;

    private final Workforce workforce;
    private final ChildNameLookup children;
    private final AuditLog audit;

    AuditNameController(Workforce workforce, ChildNameLookup children, AuditLog audit) {
        this.workforce = workforce;
        this.children = children;
        this.audit = audit;
    }

    @GetMapping(PATH)
    @PreAuthorize("hasAuthority('VIEW_AUDIT')")
    String showFind(Model model) {
        return page("", FormErrors.none(), false, List.of(), List.of(), model);
    }

    @PostMapping(PATH)
    @PreAuthorize("hasAuthority('VIEW_AUDIT')")
    String find(@RequestParam(defaultValue = "") String name, Model model) {
        String typed = name.strip();
        FormErrors errors = check(typed);
        if (errors.hasErrors()) {
            return page(name, errors, false, List.of(), List.of(), model);
        }
        List<Workforce.Colleague> users = workforce.usersNamed(typed, MAX_MATCHES);
        List<ChildNameLookup.NamedChild> found = children.childrenNamed(typed, MAX_MATCHES);
        found.forEach(child -> audit.record(
                AuditAction.VIEW,
                "audit-name-search",
                child.id(),
                Optional.of(child.id()),
                Optional.of("name shown in the audit log's find by name")));
        return page(name, errors, true, users, found, model);
    }

    private static FormErrors check(String typed) {
        if (typed.length() < 2) {
            return FormErrors.builder()
                    .field("name", "Enter at least 2 letters of the user's or child's name")
                    .build();
        }
        if (typed.length() > MAX_NAME) {
            return FormErrors.builder()
                    .field("name", "Name must be " + MAX_NAME + " characters or fewer")
                    .build();
        }
        return FormErrors.none();
    }

    private static String page(
            String name,
            FormErrors errors,
            boolean searched,
            List<Workforce.Colleague> users,
            List<ChildNameLookup.NamedChild> found,
            Model model) {
        model.addAttribute("name", name);
        model.addAttribute("errors", errors);
        model.addAttribute("searched", searched);
        model.addAttribute("users", users);
        model.addAttribute("children", found);
        model.addAttribute("maxMatches", MAX_MATCHES);
        return VIEW;
    }
}
