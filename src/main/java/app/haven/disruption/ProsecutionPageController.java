package app.haven.disruption;

import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.DateInput;
import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One prosecution's page: the charge, dates, outcome, victims and their support, and the forms to record them. */
@Controller
class ProsecutionPageController {

    static final String VIEW = "disruption/prosecution";

    static final List<Option> OUTCOMES = List.of(
            new Option("CONVICTED", "Convicted"),
            new Option("ACQUITTED", "Acquitted"),
            new Option("DISCONTINUED", "Discontinued", "Say why in the reason"));

    private final DisruptionPages pages;
    private final Prosecutions prosecutions;

    ProsecutionPageController(DisruptionPages pages, Prosecutions prosecutions) {
        this.pages = pages;
        this.prosecutions = prosecutions;
    }

    @GetMapping("/disruption/prosecutions/{prosecutionId}")
    @PreAuthorize("hasAuthority('VIEW_INTELLIGENCE')")
    String showProsecution(
            @PathVariable long prosecutionId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        return page(pages.prosecution(prosecutionId, user), OutcomeForm.blank(), FormErrors.none(), user, model);
    }

    @PostMapping("/disruption/prosecutions/{prosecutionId}/outcome")
    @PreAuthorize("hasAuthority('RECORD_DISRUPTION')")
    String recordOutcome(
            @PathVariable long prosecutionId,
            @RequestParam(defaultValue = "") String outcome,
            @DateInput("outcomeOn") DateParts outcomeOn,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String sentence,
            @RequestParam(defaultValue = "-1") int version,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        ProsecutionView prosecution = pages.prosecution(prosecutionId, user);
        OutcomeForm form = new OutcomeForm(outcome, outcomeOn, reason, sentence);
        FormErrors.Builder errors = FormErrors.builder();
        Optional<ProsecutionRules.Result> result =
                ProsecutionForm.result(outcome, form.outcomeOn(), reason, sentence, errors);
        if (result.isPresent()) {
            try {
                prosecutions.outcome(prosecution, result.get(), version, user);
                redirect.addFlashAttribute("message", "Outcome recorded.");
                return "redirect:/disruption/prosecutions/" + prosecutionId;
            } catch (RecordRefused refused) {
                MeasureForm.add(errors, refused);
            } catch (DisruptionMeasures.StaleMeasure stale) {
                errors.form("Someone recorded an outcome while you were looking at this case. Nothing was saved:"
                        + " what you typed is below, beside the case as it is now.");
            }
        }
        return page(prosecution, form, errors.build(), user, model);
    }

    @PostMapping("/disruption/prosecutions/{prosecutionId}/support")
    @PreAuthorize("hasAuthority('RECORD_DISRUPTION')")
    String recordSupport(
            @PathVariable long prosecutionId,
            @RequestParam(defaultValue = "0") long child,
            @RequestParam(defaultValue = "") String specialMeasures,
            @RequestParam(defaultValue = "") String advocate,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        ProsecutionView prosecution = pages.prosecution(prosecutionId, user);
        FormErrors.Builder errors = FormErrors.builder();
        if (specialMeasures.length() > 1000 || advocate.length() > 200) {
            errors.field("specialMeasures", "Enter fewer characters");
        } else {
            try {
                prosecutions.support(
                        prosecution,
                        child,
                        Optional.of(specialMeasures.strip()).filter(s -> !s.isEmpty()),
                        Optional.of(advocate.strip()).filter(s -> !s.isEmpty()));
                redirect.addFlashAttribute("message", "Support recorded.");
                return "redirect:/disruption/prosecutions/" + prosecutionId;
            } catch (RecordRefused refused) {
                errors.form(refused.getMessage());
            }
        }
        return page(prosecution, OutcomeForm.blank(), errors.build(), user, model);
    }

    private String page(
            ProsecutionView prosecution, OutcomeForm form, FormErrors errors, HavenPrincipal user, Model model) {
        pages.shown("disruption-prosecution", prosecution.id(), prosecution.victimIds());
        model.addAttribute("prosecution", prosecution);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("outcomes", OUTCOMES);
        model.addAttribute("canRecord", DisruptionPages.may(user, "RECORD_DISRUPTION"));
        return VIEW;
    }
}
