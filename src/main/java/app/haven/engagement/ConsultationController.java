package app.haven.engagement;

import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import java.time.Clock;
import java.time.LocalDate;
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

/** Survivor consultations: recorded only when the young person consented, and only anonymised. */
@Controller
class ConsultationController {

    private final SurvivorConsultations consultations;
    private final EngagementScope scope;
    private final Clock clock;

    ConsultationController(SurvivorConsultations consultations, EngagementScope scope, Clock clock) {
        this.consultations = consultations;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/engagement/consultations")
    @PreAuthorize("hasAuthority('RECORD_ENGAGEMENT')")
    String consultations(@AuthenticationPrincipal HavenPrincipal user, Model model) {
        return page(new ConsultationForm("", DateParts.empty(), "", "", "", false), FormErrors.none(), user, model);
    }

    @PostMapping("/engagement/consultations")
    @PreAuthorize("hasAuthority('RECORD_ENGAGEMENT')")
    String recordConsultation(
            @RequestParam(defaultValue = "") String area,
            @RequestParam(name = "heldOn.day", defaultValue = "") String day,
            @RequestParam(name = "heldOn.month", defaultValue = "") String month,
            @RequestParam(name = "heldOn.year", defaultValue = "") String year,
            @RequestParam(defaultValue = "") String ageBand,
            @RequestParam(defaultValue = "") String prevention,
            @RequestParam(defaultValue = "") String disruption,
            @RequestParam(defaultValue = "false") boolean consented,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        List<Long> areas = scope.areaIds(user);
        String chosen = area.isBlank() && areas.size() == 1 ? String.valueOf(areas.get(0)) : area;
        ConsultationForm form = new ConsultationForm(
                chosen, new DateParts(day, month, year), ageBand, prevention, disruption, consented);
        FormErrors.Builder errors = FormErrors.builder();
        Optional<Long> areaId = Numbers.parse(chosen).filter(areas::contains);
        if (areaId.isEmpty()) {
            errors.field("area", "Select the area");
        }
        Optional<LocalDate> on = form.heldOn().toDate();
        if (on.isEmpty() || on.get().isAfter(LocalDate.now(clock.withZone(EngagementMeasures.LONDON)))) {
            errors.date("heldOn", "Enter the date of the consultation, today or in the past");
        }
        if (!EngagementChoices.isOneOf(SurvivorConsultations.AGE_BANDS, ageBand)) {
            errors.field("ageBand", "Select the young person's age band");
        }
        if ((prevention.isBlank() && disruption.isBlank())
                || prevention.strip().length() > 4000
                || disruption.strip().length() > 4000) {
            errors.field(
                    "prevention",
                    "Enter what they suggested for prevention or disruption, 4,000 characters or" + " fewer each");
        }
        if (!consented) {
            errors.field("consented", "A consultation is recorded only with the young person's consent: confirm it");
        }
        FormErrors found = errors.build();
        if (found.hasErrors()) {
            return page(form, found, user, model);
        }
        consultations.record(areaId.get(), on.get(), ageBand, text(prevention), text(disruption), user);
        redirect.addFlashAttribute("message", "Consultation recorded.");
        return "redirect:/engagement/consultations";
    }

    private static Optional<String> text(String value) {
        return value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private String page(ConsultationForm form, FormErrors errors, HavenPrincipal user, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "areas",
                scope.areas(user).stream()
                        .map(a -> new Option(String.valueOf(a.id()), a.name()))
                        .toList());
        model.addAttribute("ageBands", SurvivorConsultations.AGE_BANDS);
        model.addAttribute("consultations", consultations.ofAreas(user));
        return "engagement/consultations";
    }
}
