package app.haven.insight;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.identity.Workforce;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The strategy's baseline figures: listed for everyone who sees the measures, and entered with their source by
 * those who manage them. A baseline stands beside Haven's count and never replaces it.
 */
@Controller
class BaselineController {

    static final String VIEW = "insight/baselines";

    private final Baselines baselines;
    private final Measures measures;
    private final Workforce workforce;
    private final AuditLog audit;

    BaselineController(Baselines baselines, Measures measures, Workforce workforce, AuditLog audit) {
        this.baselines = baselines;
        this.measures = measures;
        this.workforce = workforce;
        this.audit = audit;
    }

    @GetMapping("/insight/baselines")
    @PreAuthorize("hasAuthority('VIEW_AGGREGATES') or hasAuthority('MANAGE_BASELINES')")
    String showBaselines(Authentication authentication, Model model) {
        return page(BaselineForm.empty(), FormErrors.none(), authentication, model);
    }

    @PostMapping("/insight/baselines")
    @PreAuthorize("hasAuthority('MANAGE_BASELINES')")
    String addBaseline(
            @ModelAttribute BaselineForm form,
            @AuthenticationPrincipal HavenPrincipal user,
            Authentication authentication,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        FormErrors errors = form.check(
                measures.all().stream().map(Measures.Sourced::code).collect(Collectors.toSet()),
                areaOptions().stream().map(Option::value).collect(Collectors.toSet()));
        if (!errors.hasErrors() && !baselines.add(form, user.userId())) {
            errors = FormErrors.builder()
                    .field("period", "There is already a baseline for this measure, category, area and period")
                    .build();
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(form, errors, authentication, model);
        }
        audit.record(
                AuditAction.CREATE,
                "insight-baseline",
                0,
                Optional.empty(),
                Optional.of(form.measure() + " " + form.period()));
        redirect.addFlashAttribute("added", true);
        return "redirect:/insight/baselines";
    }

    private String page(BaselineForm form, FormErrors errors, Authentication authentication, Model model) {
        List<Option> measureOptions = new ArrayList<>(List.of(new Option("", "Choose a measure")));
        measures.all()
                .forEach(
                        m -> measureOptions.add(new Option(m.code(), m.measure().title())));
        model.addAttribute(
                "baselines",
                baselines.all().stream()
                        .map(b -> BaselineRow.of(b, areaName(b), title(b)))
                        .toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("measures", measureOptions);
        model.addAttribute("areas", areaOptions());
        model.addAttribute(
                "canManage",
                authentication.getAuthorities().stream().anyMatch(a -> "MANAGE_BASELINES".equals(a.getAuthority())));
        return VIEW;
    }

    private List<Option> areaOptions() {
        List<Option> options =
                new ArrayList<>(List.of(new Option(AreaChoice.WHOLE_PARTNERSHIP, "The whole partnership")));
        workforce.areas().forEach(a -> options.add(new Option(String.valueOf(a.id()), a.name())));
        return options;
    }

    private String areaName(Baselines.Baseline b) {
        return areaName(workforce, b);
    }

    /** The area a baseline is for, by name, or the whole partnership. */
    static String areaName(Workforce workforce, Baselines.Baseline b) {
        return b.areaId()
                .flatMap(id ->
                        workforce.areas().stream().filter(a -> a.id() == id).findFirst())
                .map(Workforce.Area::name)
                .orElse("The whole partnership");
    }

    private String title(Baselines.Baseline b) {
        return measures.find(b.measureCode()).map(m -> m.measure().title()).orElse(b.measureCode());
    }
}
