package app.haven.disruption;

import app.haven.identity.Workforce;
import app.haven.intelligence.EntityView;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import java.time.Clock;
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
            @RequestParam(name = "issuedOn.day", defaultValue = "") String issuedDay,
            @RequestParam(name = "issuedOn.month", defaultValue = "") String issuedMonth,
            @RequestParam(name = "issuedOn.year", defaultValue = "") String issuedYear,
            @RequestParam(name = "expiresOn.day", defaultValue = "") String expiresDay,
            @RequestParam(name = "expiresOn.month", defaultValue = "") String expiresMonth,
            @RequestParam(name = "expiresOn.year", defaultValue = "") String expiresYear,
            @RequestParam(defaultValue = "") String conditions,
            @RequestParam(defaultValue = "") String children,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        EntityView entity = subjects.entity(subject, user);
        MeasureForm form = new MeasureForm(
                type,
                agency,
                new DateParts(issuedDay, issuedMonth, issuedYear),
                new DateParts(expiresDay, expiresMonth, expiresYear),
                conditions,
                children);
        FormErrors.Builder errors = FormErrors.builder();
        Optional<NewMeasure> checked = form.check(entity.id(), errors);
        if (checked.isPresent()) {
            try {
                long id = measures.record(checked.get(), user);
                redirect.addFlashAttribute("message", "Measure M-" + id + " recorded.");
                return "redirect:/disruption/measures/" + id;
            } catch (RecordRefused refused) {
                MeasureForm.add(errors, refused);
            }
        }
        return page(entity, form, errors.build(), model);
    }

    private String page(EntityView entity, MeasureForm form, FormErrors errors, Model model) {
        pages.shown(
                "disruption-measure-form",
                entity.id(),
                entity.child() ? entity.personId().stream().toList() : List.of());
        List<Option> types = catalogue.measureTypes().stream()
                .filter(t -> entity.location() ? t.forLocation() : t.forPerson())
                .map(t -> new Option(
                        t.code(), t.label(), t.legalBasis() + (t.requiresExpiry() ? ". Must have an expiry date" : "")))
                .toList();
        model.addAttribute("entity", entity);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
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
