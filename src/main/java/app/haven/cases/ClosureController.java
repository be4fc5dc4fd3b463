package app.haven.cases;

import app.haven.audit.AuditLog;
import app.haven.identity.ChildAccess;
import app.haven.identity.OutsideRecordScope;
import app.haven.people.People;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Asking to close a case with its outcome, and managers approving or rejecting closures. */
@Controller
class ClosureController {

    static final String VIEW = "cases/closure";
    static final String APPROVALS_VIEW = "cases/approvals";
    static final int MAX_SUMMARY = 4000;
    static final int MAX_NOTE = 1000;

    private final CasePages pages;
    private final Closures closures;
    private final ChildAccess access;
    private final People people;
    private final AuditLog audit;

    ClosureController(CasePages pages, Closures closures, ChildAccess access, People people, AuditLog audit) {
        this.pages = pages;
        this.closures = closures;
        this.access = access;
        this.people = people;
        this.audit = audit;
    }

    @GetMapping("/cases/{id}/closure")
    @PreAuthorize("hasAuthority('MANAGE_CASE')")
    String showClosure(@PathVariable long id, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        pages.openForChange(id, user, model);
        return page("", "", "", FormErrors.none(), model);
    }

    @PostMapping("/cases/{id}/closure")
    @PreAuthorize("hasAuthority('MANAGE_CASE')")
    String requestClosure(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String summary,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        CaseView kase = pages.openForChange(id, user, model);
        String text = summary.strip();
        FormErrors.Builder errors = FormErrors.builder();
        if (!CaseChoices.valid(CaseChoices.OUTCOMES, outcome)) {
            errors.field("outcome", "Select the outcome for the child at closure");
        }
        if (!CaseChoices.valid(CaseChoices.CLOSURE_REASONS, reason)) {
            errors.field("reason", "Select why the case closes");
        }
        if (text.isEmpty()) {
            errors.field("summary", "Enter a closing summary");
        } else if (text.length() > MAX_SUMMARY) {
            errors.field("summary", "Closing summary must be " + MAX_SUMMARY + " characters or fewer");
        }
        if (errors.build().hasErrors()) {
            return page(outcome, reason, summary, errors.build(), model);
        }
        Optional<Long> requested = closures.request(kase.ref(), outcome, reason, text, user);
        redirect.addFlashAttribute(
                "message",
                requested.isPresent()
                        ? "A manager has been asked to approve closing the case"
                        : "Closure is already waiting for a manager's approval");
        return "redirect:/cases/" + id;
    }

    @GetMapping("/case-approvals")
    @PreAuthorize("hasAuthority('APPROVE')")
    String showApprovals(@AuthenticationPrincipal HavenPrincipal user, Model model) {
        List<PendingClosure> pending = closures.pendingFor(user);
        audit.listShown(
                "case-approvals",
                "children",
                pending.stream().map(PendingClosure::childId).toList());
        model.addAttribute("pending", pending);
        model.addAttribute(
                "names",
                pending.stream()
                        .collect(java.util.stream.Collectors.toMap(
                                PendingClosure::closureId,
                                p -> people.find(p.childId()).map(c -> c.name()).orElse("Name not recorded"))));
        return APPROVALS_VIEW;
    }

    @PostMapping("/case-approvals/{closureId}")
    @PreAuthorize("hasAuthority('APPROVE')")
    String decide(
            @PathVariable long closureId,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String note,
            @AuthenticationPrincipal HavenPrincipal user,
            RedirectAttributes redirect) {
        PendingClosure pending = closures.find(closureId)
                .filter(p -> p.closure().pending())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!access.canOpen(user, pending.childId())) {
            throw OutsideRecordScope.childRecord(pending.childId(), "case-closure", closureId);
        }
        if (!Map.of("approve", true, "reject", true).containsKey(decision) || note.length() > MAX_NOTE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        if (!closures.decide(closureId, decision.equals("approve"), note.strip(), user)) {
            redirect.addFlashAttribute("message", "You cannot decide on a closure you asked for; another manager must");
            return "redirect:/case-approvals";
        }
        redirect.addFlashAttribute(
                "message",
                decision.equals("approve") ? "Closure approved: the case is closed" : "Closure not approved");
        return "redirect:/case-approvals";
    }

    private String page(String outcome, String reason, String summary, FormErrors errors, Model model) {
        model.addAttribute("outcome", outcome);
        model.addAttribute("reason", reason);
        model.addAttribute("summary", summary);
        model.addAttribute("errors", errors);
        model.addAttribute("outcomes", CaseChoices.OUTCOMES);
        model.addAttribute("reasons", CaseChoices.CLOSURE_REASONS);
        return VIEW;
    }
}
