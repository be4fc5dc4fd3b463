package app.haven.cases;

import app.haven.identity.Workforce;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Changing a case's lead professional, models of exploitation and Children in Need factors. */
@Controller
class CaseDetailsController {

    static final String VIEW = "cases/details";

    private final CasePages pages;
    private final Cases cases;
    private final Catalogues catalogues;
    private final Workforce workforce;

    CaseDetailsController(CasePages pages, Cases cases, Catalogues catalogues, Workforce workforce) {
        this.pages = pages;
        this.cases = cases;
        this.catalogues = catalogues;
        this.workforce = workforce;
    }

    @GetMapping("/cases/{id}/details")
    @PreAuthorize("hasAuthority('MANAGE_CASE')")
    String showDetails(@PathVariable long id, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        CaseView kase = pages.openForChange(id, user, model);
        return page(
                kase,
                String.valueOf(kase.leadUserId()),
                kase.models(),
                kase.cinFactors(),
                kase.version(),
                FormErrors.none(),
                model);
    }

    @PostMapping("/cases/{id}/details")
    @PreAuthorize("hasAuthority('MANAGE_CASE')")
    String changeDetails(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String lead,
            @RequestParam(required = false) List<String> models,
            @RequestParam(required = false) List<String> factors,
            @RequestParam(defaultValue = "-1") int version,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        CaseView kase = pages.openForChange(id, user, model);
        List<String> chosenModels = models == null ? List.of() : models;
        List<String> chosenFactors = factors == null ? List.of() : factors;
        FormErrors.Builder errors = FormErrors.builder();
        if (workforce.colleaguesIn(kase.areaId()).stream()
                .noneMatch(c -> String.valueOf(c.id()).equals(lead))) {
            errors.field("lead", "Select a lead professional who works in the area");
        }
        if (!Catalogues.unknown(catalogues.cseModels(), chosenModels).isEmpty()) {
            errors.field("models", "Select models of exploitation from the list");
        }
        if (!Catalogues.unknown(catalogues.cinFactors(), chosenFactors).isEmpty()) {
            errors.field("factors", "Select factors from the list");
        }
        if (errors.build().hasErrors()) {
            return page(kase, lead, chosenModels, chosenFactors, version, errors.build(), model);
        }
        if (!cases.changeDetails(kase.ref(), version, Long.parseLong(lead), chosenModels, chosenFactors, user)) {
            CaseView now = pages.open(id, user, model);
            FormErrors conflict = FormErrors.builder()
                    .form("Someone changed this case while you were editing it (it now has " + now.lead()
                            + " as lead professional). Nothing of yours was saved yet: check your answers and save"
                            + " again.")
                    .build();
            return page(now, lead, chosenModels, chosenFactors, now.version(), conflict, model);
        }
        redirect.addFlashAttribute("message", "Case details saved");
        return "redirect:/cases/" + id;
    }

    private String page(
            CaseView kase,
            String lead,
            List<String> models,
            List<String> factors,
            int version,
            FormErrors errors,
            Model model) {
        model.addAttribute("lead", lead);
        model.addAttribute("chosenModels", models);
        model.addAttribute("chosenFactors", factors);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "leads",
                workforce.colleaguesIn(kase.areaId()).stream()
                        .map(c -> new Option(String.valueOf(c.id()), c.label()))
                        .toList());
        model.addAttribute("models", catalogues.cseModels());
        model.addAttribute("factors", catalogues.cinFactors());
        return VIEW;
    }
}
