package app.haven.disruption;

import app.haven.intelligence.EntityView;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.DateInput;
import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import java.util.List;
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
            @DateInput("chargedOn") DateParts chargedOn,
            @DateInput("firstHearingOn") DateParts firstHearingOn,
            @DateInput("trialOn") DateParts trialOn,
            @RequestParam(defaultValue = "") String court,
            @RequestParam(defaultValue = "") String outcome,
            @DateInput("outcomeOn") DateParts outcomeOn,
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
                chargedOn,
                firstHearingOn,
                trialOn,
                court,
                outcome,
                outcomeOn,
                reason,
                sentence,
                victims,
                operation);
        FormErrors.Builder errors = FormErrors.builder();
        return NewRecordPage.saved(
                        form.check(entity.id(), errors),
                        prosecution -> prosecutions.record(prosecution, user),
                        errors,
                        redirect,
                        "Prosecution C-",
                        "/disruption/prosecutions/")
                .orElseGet(() -> page(entity, form, errors.build(), model));
    }

    private String page(EntityView entity, ProsecutionForm form, FormErrors errors, Model model) {
        NewRecordPage.shown(pages, "disruption-prosecution-form", entity, form, errors, model);
        model.addAttribute(
                "offences",
                catalogue.offences().stream()
                        .map(o -> new Option(o.code(), o.label(), o.legislation()))
                        .toList());
        model.addAttribute("outcomes", ProsecutionPageController.OUTCOMES);
        return NEW_VIEW;
    }
}
