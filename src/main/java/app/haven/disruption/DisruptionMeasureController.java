package app.haven.disruption;

import app.haven.identity.Workforce;
import app.haven.intelligence.EntityView;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.DateInput;
import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a measure against a person of concern or a location. */
@Controller
class DisruptionMeasureController {

    static final String NEW_VIEW = "disruption/newMeasure";

    private final DisruptionSubjects subjects;
    private final DisruptionCatalogue catalogue;
    private final DisruptionMeasures measures;
    private final DisruptionPages pages;
    private final Workforce workforce;
    private final Clock clock;

    DisruptionMeasureController(
            DisruptionSubjects subjects,
            DisruptionCatalogue catalogue,
            DisruptionMeasures measures,
            DisruptionPages pages,
            Workforce workforce,
            Clock clock) {
        this.subjects = subjects;
        this.catalogue = catalogue;
        this.measures = measures;
        this.pages = pages;
        this.workforce = workforce;
        this.clock = clock;
    }

    @GetMapping("/disruption/measures/new")
    @PreAuthorize("hasAuthority('RECORD_DISRUPTION')")
    String newMeasure(
            @RequestParam(defaultValue = "0") long subject, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        EntityView entity = subjects.entity(subject, user);
        return page(entity, MeasureForm.blank(user.agencyId()), FormErrors.none(), model);
    }

    @PostMapping("/disruption/measures")
    @PreAuthorize("hasAuthority('RECORD_DISRUPTION')")
    String recordMeasure(
            @RequestParam(defaultValue = "0") long subject,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String agency,
            @DateInput("issuedOn") DateParts issuedOn,
            @DateInput("expiresOn") DateParts expiresOn,
            @RequestParam(defaultValue = "") String conditions,
            @RequestParam(defaultValue = "") String children,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        EntityView entity = subjects.entity(subject, user);
        MeasureForm form = new MeasureForm(type, agency, issuedOn, expiresOn, conditions, children);
        FormErrors.Builder errors = FormErrors.builder();
        return NewRecordPage.saved(
                        form.check(entity.id(), errors),
                        measure -> measures.record(measure, user),
                        errors,
                        redirect,
                        "Measure M-",
                        "/disruption/measures/")
                .orElseGet(() -> page(entity, form, errors.build(), model));
    }

    private String page(EntityView entity, MeasureForm form, FormErrors errors, Model model) {
        NewRecordPage.shown(pages, "disruption-measure-form", entity, form, errors, model);
        List<Option> types = catalogue.measureTypes().stream()
                .filter(t -> entity.location() ? t.forLocation() : t.forPerson())
                .map(t -> new Option(
                        t.code(), t.label(), t.legalBasis() + (t.requiresExpiry() ? ". Must have an expiry date" : "")))
                .toList();
        model.addAttribute("types", types);
        model.addAttribute(
                "agencies",
                workforce.agencies().stream()
                        .map(a -> new Option(String.valueOf(a.id()), a.name()))
                        .toList());
        model.addAttribute("today", DisruptionDates.today(clock));
        return NEW_VIEW;
    }
}
