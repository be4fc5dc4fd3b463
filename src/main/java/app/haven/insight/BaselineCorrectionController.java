package app.haven.insight;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.identity.Workforce;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.LondonDates;
import app.haven.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Correcting a baseline figure that was entered wrong: the right figure with its source and why the old one was
 * wrong. The figure and source replaced stay listed on the page, the correction is audited, and a save made from an
 * out-of-date page saves nothing and shows what was typed beside the baseline as it is now.
 */
@Controller
class BaselineCorrectionController {

    static final String VIEW = "insight/correctBaseline";
    static final String PATH = "/insight/baselines/correct";

    private final Baselines baselines;
    private final Measures measures;
    private final Workforce workforce;
    private final AuditLog audit;

    BaselineCorrectionController(Baselines baselines, Measures measures, Workforce workforce, AuditLog audit) {
        this.baselines = baselines;
        this.measures = measures;
        this.workforce = workforce;
        this.audit = audit;
    }

    @GetMapping(PATH)
    @PreAuthorize("hasAuthority('MANAGE_BASELINES')")
    String showCorrection(@RequestParam(defaultValue = "0") long id, Model model) {
        Baselines.Baseline baseline = found(id);
        return page(baseline, BaselineCorrection.of(baseline), FormErrors.none(), model);
    }

    @PostMapping(PATH)
    @PreAuthorize("hasAuthority('MANAGE_BASELINES')")
    String correctBaseline(
            @RequestParam(defaultValue = "0") long id,
            @ModelAttribute BaselineCorrection correction,
            @AuthenticationPrincipal HavenPrincipal user,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Baselines.Baseline baseline = found(id);
        FormErrors errors = correction.check();
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(baseline, correction, errors, model);
        }
        if (!baselines.correct(id, correction, user.userId())) {
            Baselines.Baseline now = found(id);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            BaselineCorrection typed = new BaselineCorrection(
                    correction.count(), correction.percent(), correction.source(), correction.reason(), now.version());
            return page(now, typed, staleSave(now), model);
        }
        audit.record(
                AuditAction.UPDATE,
                "insight-baseline",
                id,
                Optional.empty(),
                Optional.of("corrected " + baseline.measureCode() + " "
                        + baseline.period().code() + " from " + baseline.figure() + " to "
                        + found(id).figure()));
        redirect.addFlashAttribute("corrected", true);
        return "redirect:/insight/baselines";
    }

    private static FormErrors staleSave(Baselines.Baseline now) {
        return FormErrors.builder()
                .form("Someone corrected this baseline while you were editing it. Nothing was saved: it is now "
                        + now.figure() + " (source: " + now.source() + "). The page shows your answers; check them"
                        + " and save again.")
                .build();
    }

    private Baselines.Baseline found(long id) {
        return baselines
                .find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such baseline"));
    }

    private String page(Baselines.Baseline baseline, BaselineCorrection form, FormErrors errors, Model model) {
        model.addAttribute("id", baseline.id());
        model.addAttribute(
                "measure",
                measures.find(baseline.measureCode())
                                .map(m -> m.measure().title())
                                .orElse(baseline.measureCode())
                        + (baseline.category().isEmpty() ? "" : ": " + baseline.category()));
        model.addAttribute("area", BaselineController.areaName(workforce, baseline));
        model.addAttribute("period", baseline.period().label());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("corrections", corrections(baseline.id()));
        return VIEW;
    }

    private List<BaselineCorrectionLine> corrections(long id) {
        return baselines.corrections(id).stream()
                .map(c -> new BaselineCorrectionLine(
                        LondonDates.format(c.correctedAt()),
                        workforce
                                .find(c.correctedBy())
                                .map(Workforce.Colleague::name)
                                .orElse("A former user"),
                        c.wasFigure(),
                        c.wasSource(),
                        c.reason()))
                .toList();
    }
}
