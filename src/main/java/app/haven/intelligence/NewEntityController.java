package app.haven.intelligence;

import app.haven.people.People;
import app.haven.people.PersonKind;
import app.haven.people.PersonSummary;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording a person of concern, location, vehicle, phone, online account or operation. One already recorded (the same
 * registration, number, handle, address or person) is not recorded again: the page points to it.
 */
@Controller
class NewEntityController {

    static final String VIEW = "intelligence/newEntity";

    private final Entities entities;
    private final EntityQueries queries;
    private final People people;
    private final IntelligenceScope scope;
    private final LocationTypes locationTypes;

    NewEntityController(
            Entities entities,
            EntityQueries queries,
            People people,
            IntelligenceScope scope,
            LocationTypes locationTypes) {
        this.entities = entities;
        this.queries = queries;
        this.people = people;
        this.scope = scope;
        this.locationTypes = locationTypes;
    }

    @GetMapping("/intelligence/entities/new")
    @PreAuthorize("hasAuthority('RECORD_INTELLIGENCE')")
    String newEntity(@RequestParam(defaultValue = "") String kind, Model model) {
        return page(EntityForm.blank(kind), FormErrors.none(), Optional.empty(), model);
    }

    @PostMapping("/intelligence/entities")
    @PreAuthorize("hasAuthority('RECORD_INTELLIGENCE')")
    String recordEntity(
            @ModelAttribute EntityForm form,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        FormErrors.Builder errors = FormErrors.builder();
        List<Long> areas = scope.areaIds(user);
        long area = EntityForm.text(form.areaId())
                .flatMap(a -> areas.stream()
                        .filter(id -> String.valueOf(id).equals(a))
                        .findFirst())
                .orElse(areas.isEmpty() ? -1L : areas.get(0));
        Optional<NewEntity> entity = "PERSON".equals(form.kind())
                ? person(form, area, user, errors)
                : form.check(area, locationTypes.current(), errors);
        Optional<EntityView> duplicate = Optional.empty();
        if (entity.isPresent()) {
            try {
                long id = entities.record(entity.get(), user);
                redirect.addFlashAttribute("message", "Recorded as I-" + id + ".");
                return "redirect:/intelligence/entities/" + id;
            } catch (DuplicateEntity existing) {
                duplicate = queries.visible(existing.existingId(), user);
                errors.form(
                        duplicate.isPresent()
                                ? "This is already recorded as "
                                        + duplicate.get().reference() + ": use that record"
                                : "This is already recorded in an area you do not cover: ask the intelligence analysts there");
            }
        }
        return page(form, errors.build(), duplicate, model);
    }

    /** A person record the user may open, flagged with a role: an adult of concern, or a child exploited as a peer. */
    private Optional<NewEntity> person(EntityForm form, long area, HavenPrincipal user, FormErrors.Builder errors) {
        Optional<PersonSummary> person =
                form.person().filter(id -> people.canOpen(user, id)).flatMap(people::find);
        if (person.isEmpty()) {
            errors.field("personId", "Enter the number of a person record you may open, like 340");
            return Optional.empty();
        }
        boolean child = person.get().kind() == PersonKind.CHILD;
        if (!IntelChoices.isOneOf(IntelChoices.CONCERN_ROLES, form.concernRole())
                || (child && !form.concernRole().equals("EXPLOITED_PEER"))) {
            errors.field(
                    "concernRole",
                    child ? "A child can only be flagged as an exploited peer" : "Select the person's role");
            return Optional.empty();
        }
        return Optional.of(
                NewEntity.person(person.get().id(), area, person.get().name(), child, Optional.of(form.concernRole())));
    }

    private String page(EntityForm form, FormErrors errors, Optional<EntityView> duplicate, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("duplicate", duplicate);
        model.addAttribute("kinds", IntelChoices.KINDS);
        model.addAttribute("roles", IntelChoices.CONCERN_ROLES);
        model.addAttribute("locationTypes", locationTypes.current());
        return VIEW;
    }
}
