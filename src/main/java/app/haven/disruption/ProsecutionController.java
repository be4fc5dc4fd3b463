package app.haven.disruption;

import app.haven.intelligence.EntityView;
import app.haven.platform.HavenPrincipal;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a prosecution of a person of concern, with its offences, dates, outcome and victims. */
@Controller
class ProsecutionController {

    static final String NEW_VIEW = "disruption/newProsecution";

    private final DisruptionSubjects subjects;
    private final DisruptionCatalogue catalogue;
    private final Prosecutions prosecutions;
    private final DisruptionPages pages;

    ProsecutionController(
            DisruptionSubjects subjects,
            DisruptionCatalogue catalogue,
            Prosecutions prosecutions,
            DisruptionPages pages) {
        this.subjects = subjects;
        this.catalogue = catalogue;
        this.prosecutions = prosecutions;
        this.pages = pages;
    }

    @GetMapping("/disruption/prosecutions/new")
    @PreAuthorize("hasAuthority('RECORD_DISRUPTION')")
    String newProsecution(
            @RequestParam(defaultValue = "0") long suspect, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        return page(subjects.entity(suspect, user), ProsecutionForm.blank(), FormErrors.none(), model);
    }

    @PostMapping("/disruption/prosecutions")
    @PreAuthorize("hasAuthority('RECORD_DISRUPTION')")
    String recordProsecution(
            @RequestParam(defaultValue = "0") long suspect,
            @RequestParam(defaultValue = "") List<String> offences,
            @RequestParam(name = "chargedOn.day", defaultValue = "") String chargedDay,
            @RequestParam(name = "chargedOn.month", defaultValue = "") String chargedMonth,
            @RequestParam(name = "chargedOn.year", defaultValue = "") String chargedYear,
            @RequestParam(name = "firstHearingOn.day", defaultValue = "") String hearingDay,
            @RequestParam(name = "firstHearingOn.month", defaultValue = "") String hearingMonth,
            @RequestParam(name = "firstHearingOn.year", defaultValue = "") String hearingYear,
            @RequestParam(name = "trialOn.day", defaultValue = "") String trialDay,
            @RequestParam(name = "trialOn.month", defaultValue = "") String trialMonth,
            @RequestParam(name = "trialOn.year", defaultValue = "") String trialYear,
            @RequestParam(defaultValue = "") String court,
            @RequestParam(defaultValue = "") String outcome,
            @RequestParam(name = "outcomeOn.day", defaultValue = "") String outcomeDay,
            @RequestParam(name = "outcomeOn.month", defaultValue = "") String outcomeMonth,
            @RequestParam(name = "outcomeOn.year", defaultValue = "") String outcomeYear,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String sentence,
            @RequestParam(defaultValue = "") String victims,
            @RequestParam(defaultValue = "") String operation,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        EntityView entity = subjects.entity(suspect, user);
        ProsecutionForm form = new ProsecutionForm(
                offences.stream().filter(o -> !o.isBlank()).toList(),
                new DateParts(chargedDay, chargedMonth, chargedYear),
                new DateParts(hearingDay, hearingMonth, hearingYear),
                new DateParts(trialDay, trialMonth, trialYear),
                court,
                outcome,
                new DateParts(outcomeDay, outcomeMonth, outcomeYear),
                reason,
                sentence,
                victims,
                operation);
        FormErrors.Builder errors = FormErrors.builder();
        Optional<NewProsecution> checked = form.check(entity.id(), errors);
        if (checked.isPresent()) {
            try {
                long id = prosecutions.record(checked.get(), user);
                redirect.addFlashAttribute("message", "Prosecution C-" + id + " recorded.");
                return "redirect:/disruption/prosecutions/" + id;
            } catch (RecordRefused refused) {
                MeasureForm.add(errors, refused);
            }
        }
        return page(entity, form, errors.build(), model);
    }

    private String page(EntityView entity, ProsecutionForm form, FormErrors errors, Model model) {
        pages.shown(
                "disruption-prosecution-form",
                entity.id(),
                entity.child() ? entity.personId().stream().toList() : List.of());
        model.addAttribute("entity", entity);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "offences",
                catalogue.offences().stream()
                        .map(o -> new Option(o.code(), o.label(), o.legislation()))
                        .toList());
        model.addAttribute("outcomes", ProsecutionPageController.OUTCOMES);
        return NEW_VIEW;
    }
}
