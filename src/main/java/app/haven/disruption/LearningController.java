package app.haven.disruption;

import app.haven.intelligence.EntityView;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.DateInput;
import app.haven.platform.web.DateParts;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a behaviour-change intervention or a debrief from a person of concern's disruption page. */
@Controller
class LearningController {

    private final DisruptionSubjects subjects;
    private final Learning learning;
    private final DisruptionEntityPage page;

    LearningController(DisruptionSubjects subjects, Learning learning, DisruptionEntityPage page) {
        this.subjects = subjects;
        this.learning = learning;
        this.page = page;
    }

    @PostMapping("/disruption/entities/{entityId}/interventions")
    @PreAuthorize("hasAuthority('RECORD_DISRUPTION')")
    String recordIntervention(
            @PathVariable long entityId,
            @RequestParam(defaultValue = "") String programme,
            @DateInput("offeredOn") DateParts offeredOn,
            @DateInput("attendedOn") DateParts attendedOn,
            @DateInput("completedOn") DateParts completedOn,
            @AuthenticationPrincipal HavenPrincipal user,
            org.springframework.ui.Model model,
            RedirectAttributes redirect) {
        EntityView entity = subjects.suspect(entityId, user);
        LearningForm typed =
                new LearningForm(programme, offeredOn, attendedOn, completedOn, DateParts.empty(), List.of(), "");
        var errors = app.haven.platform.web.FormErrors.builder();
        Optional<LocalDate> offered = typed.offeredOn().toDate();
        Optional<Optional<LocalDate>> attended = LearningForm.optional(typed.attendedOn(), "attendedOn", errors);
        Optional<Optional<LocalDate>> completed = LearningForm.optional(typed.completedOn(), "completedOn", errors);
        if (programme.isBlank() || programme.length() > 200) {
            errors.field("programme", "Enter the programme offered (up to 200 characters)");
        }
        if (offered.isEmpty()) {
            errors.date("offeredOn", "Enter when it was offered as a real date");
        }
        var built = errors.build();
        if (!built.hasErrors() && attended.isPresent() && completed.isPresent()) {
            try {
                learning.recordIntervention(
                        entity, programme.strip(), offered.get(), attended.get(), completed.get(), user);
                redirect.addFlashAttribute("message", "Intervention recorded.");
                return "redirect:/disruption/entities/" + entityId;
            } catch (RecordRefused refused) {
                var again = app.haven.platform.web.FormErrors.builder();
                MeasureForm.add(again, refused);
                built = again.build();
            }
        }
        return page.render(entity, typed, built, user, model);
    }

    @PostMapping("/disruption/entities/{entityId}/debriefs")
    @PreAuthorize("hasAuthority('RECORD_DISRUPTION')")
    String recordDebrief(
            @PathVariable long entityId,
            @DateInput("heldOn") DateParts heldOn,
            @RequestParam(defaultValue = "") List<String> themes,
            @RequestParam(defaultValue = "") String notes,
            @AuthenticationPrincipal HavenPrincipal user,
            org.springframework.ui.Model model,
            RedirectAttributes redirect) {
        EntityView entity = subjects.suspect(entityId, user);
        List<String> chosen = themes.stream().filter(t -> !t.isBlank()).toList();
        LearningForm typed =
                new LearningForm("", DateParts.empty(), DateParts.empty(), DateParts.empty(), heldOn, chosen, notes);
        var errors = app.haven.platform.web.FormErrors.builder();
        Optional<LocalDate> held = typed.heldOn().toDate();
        if (held.isEmpty()) {
            errors.date("heldOn", "Enter when the debrief was held as a real date");
        }
        if (notes.length() > 8000) {
            errors.field("notes", "Enter 8,000 characters or fewer");
        }
        var built = errors.build();
        if (!built.hasErrors()) {
            try {
                learning.recordDebrief(
                        entity, held.get(), chosen, Optional.of(notes.strip()).filter(s -> !s.isEmpty()), user);
                redirect.addFlashAttribute("message", "Debrief recorded.");
                return "redirect:/disruption/entities/" + entityId;
            } catch (RecordRefused refused) {
                var again = app.haven.platform.web.FormErrors.builder();
                MeasureForm.add(again, refused);
                built = again.build();
            }
        }
        return page.render(entity, typed, built, user, model);
    }
}
