package app.haven.cases;

import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A manager's case file audit: grade, findings and actions. Open and closed cases may be audited. */
@Controller
class CaseAuditController {

    static final String VIEW = "cases/audit";
    static final int MAX_TEXT = 4000;

    private final CasePages pages;
    private final CaseAudits audits;

    CaseAuditController(CasePages pages, CaseAudits audits) {
        this.pages = pages;
        this.audits = audits;
    }

    @GetMapping("/cases/{id}/audits/new")
    @PreAuthorize("hasAuthority('APPROVE')")
    String showAudit(@PathVariable long id, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        pages.open(id, user, model);
        return page("", "", "", FormErrors.none(), model);
    }

    @PostMapping("/cases/{id}/audits")
    @PreAuthorize("hasAuthority('APPROVE')")
    String recordAudit(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String grade,
            @RequestParam(defaultValue = "") String findings,
            @RequestParam(defaultValue = "") String actions,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        CaseView kase = pages.open(id, user, model);
        FormErrors.Builder errors = FormErrors.builder();
        if (!CaseChoices.valid(CaseChoices.GRADES, grade)) {
            errors.field("grade", "Select the grade for the case file");
        }
        if (findings.isBlank()) {
            errors.field("findings", "Enter your findings");
        } else if (findings.strip().length() > MAX_TEXT) {
            errors.field("findings", "Findings must be " + MAX_TEXT + " characters or fewer");
        }
        if (actions.strip().length() > MAX_TEXT) {
            errors.field("actions", "Actions must be " + MAX_TEXT + " characters or fewer");
        }
        if (errors.build().hasErrors()) {
            return page(grade, findings, actions, errors.build(), model);
        }
        audits.record(kase.ref(), grade, findings.strip(), actions.strip(), user);
        redirect.addFlashAttribute("message", "Case file audit recorded");
        return "redirect:/cases/" + id;
    }

    private String page(String grade, String findings, String actions, FormErrors errors, Model model) {
        model.addAttribute("grade", grade);
        model.addAttribute("findings", findings);
        model.addAttribute("actions", actions);
        model.addAttribute("errors", errors);
        model.addAttribute("grades", CaseChoices.GRADES);
        return VIEW;
    }
}
