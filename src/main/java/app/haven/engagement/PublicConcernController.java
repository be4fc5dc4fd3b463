package app.haven.engagement;

import app.haven.platform.web.FormErrors;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public "report a concern" form, anonymous allowed. A form filled by a program (its hidden honeypot field has a
 * value) is answered as if it were received, and nothing is saved; too many from one client are refused before they
 * reach here ({@link PublicFormLimit}); a replayed form gets the first one's answer (the one-submission token).
 */
@Controller
class PublicConcernController {

    static final String SENT = "/public/report-a-concern/sent";

    private final Concerns concerns;
    private final EngagementScope scope;

    PublicConcernController(Concerns concerns, EngagementScope scope) {
        this.concerns = concerns;
        this.scope = scope;
    }

    @GetMapping("/public/report-a-concern")
    @PermitAll
    String concernForm(Model model) {
        return form(ConcernForm.blank(), FormErrors.none(), model);
    }

    @PostMapping("/public/report-a-concern")
    @PermitAll
    String reportConcern(
            @RequestParam(defaultValue = "") String area,
            @RequestParam(defaultValue = "") String what,
            @RequestParam(defaultValue = "") String where,
            @RequestParam(defaultValue = "") String when,
            @RequestParam(defaultValue = "") String who,
            @RequestParam(defaultValue = "") String contact,
            @RequestParam(defaultValue = "") String website,
            Model model) {
        ConcernForm form = new ConcernForm(area, what, where, when, who, contact, website);
        if (form.filledByAProgram()) {
            return "redirect:" + SENT;
        }
        FormErrors.Builder errors = FormErrors.builder();
        Optional<ConcernForm.Checked> checked = form.check(concerns::areaInUse, errors);
        if (checked.isEmpty()) {
            return form(form, errors.build(), model);
        }
        concerns.receive(checked.get());
        return "redirect:" + SENT;
    }

    @GetMapping(SENT)
    @PermitAll
    String concernSent() {
        return "engagement/concernSent";
    }

    private String form(ConcernForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "areas",
                scope.allAreas().stream()
                        .map(a -> new app.haven.platform.web.Option(String.valueOf(a.id()), a.name()))
                        .toList());
        return "engagement/concernForm";
    }
}
