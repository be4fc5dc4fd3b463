package app.haven.identity.admin;

import app.haven.platform.web.FormErrors;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Agencies of the partnership: list, add, change (name, kind, areas covered), retire and reinstate. */
@Controller
@RequestMapping("/admin/agencies")
class AgencyAdminController {

    static final String LIST_VIEW = "identity/admin/agencies";
    static final String FORM_VIEW = "identity/admin/agencyForm";
    private static final String LIST = "redirect:/admin/agencies";

    private final Agencies agencies;
    private final Areas areas;

    AgencyAdminController(Agencies agencies, Areas areas) {
        this.agencies = agencies;
        this.areas = areas;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('ADMINISTER_REFERENCE_DATA')")
    String listAgencies(Model model) {
        model.addAttribute("agencies", agencies.all());
        return LIST_VIEW;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('ADMINISTER_REFERENCE_DATA')")
    String showNewAgency(Model model) {
        return form(model, AgencyForm.empty(), FormErrors.none(), null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('ADMINISTER_REFERENCE_DATA')")
    String addAgency(
            @Valid @ModelAttribute("form") AgencyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash) {
        Set<Long> areaIds = check(form, result, 0, Set.of());
        if (result.hasErrors()) {
            return form(model, form, FormErrors.from(result), null);
        }
        agencies.add(form.strippedName(), AgencyKind.parse(form.kind()).orElseThrow(), areaIds);
        flash.addFlashAttribute("success", "Agency " + form.strippedName() + " added");
        return LIST;
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('ADMINISTER_REFERENCE_DATA')")
    String showChangeAgency(@PathVariable long id, Model model) {
        AgencyRow agency = existing(id);
        List<String> areaIds = agency.areaIds().stream().map(String::valueOf).toList();
        return form(model, new AgencyForm(agency.name(), agency.kind(), areaIds), FormErrors.none(), agency);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('ADMINISTER_REFERENCE_DATA')")
    String changeAgency(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AgencyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash) {
        AgencyRow agency = existing(id);
        Set<Long> areaIds = check(form, result, id, Set.copyOf(agency.areaIds()));
        if (result.hasErrors()) {
            return form(model, form, FormErrors.from(result), agency);
        }
        agencies.update(id, form.strippedName(), AgencyKind.parse(form.kind()).orElseThrow(), areaIds);
        flash.addFlashAttribute("success", "Agency " + form.strippedName() + " saved");
        return LIST;
    }

    @PostMapping("/{id}/retire")
    @PreAuthorize("hasAuthority('ADMINISTER_REFERENCE_DATA')")
    String retireAgency(@PathVariable long id, RedirectAttributes flash) {
        agencies.setRetired(existing(id).id(), true);
        flash.addFlashAttribute("success", "Agency " + existing(id).name() + " retired");
        return LIST;
    }

    @PostMapping("/{id}/reinstate")
    @PreAuthorize("hasAuthority('ADMINISTER_REFERENCE_DATA')")
    String reinstateAgency(@PathVariable long id, RedirectAttributes flash) {
        agencies.setRetired(existing(id).id(), false);
        flash.addFlashAttribute("success", "Agency " + existing(id).name() + " reinstated");
        return LIST;
    }

    /** Checks what Bean Validation cannot: a unique name, a known kind, and areas the page offered. */
    private Set<Long> check(AgencyForm form, BindingResult result, long id, Set<Long> alreadyCovered) {
        if (!result.hasFieldErrors("name") && agencies.nameTaken(form.strippedName(), id)) {
            FieldProblems.add(result, "name", "An agency with this name already exists");
        }
        if (!result.hasFieldErrors("kind") && AgencyKind.parse(form.kind()).isEmpty()) {
            FieldProblems.add(result, "kind", "Select what kind of agency it is");
        }
        Set<String> offered = areas.options(alreadyCovered).stream()
                .map(app.haven.platform.web.Option::value)
                .collect(Collectors.toSet());
        if (!result.hasFieldErrors("areas") && !offered.containsAll(form.areas())) {
            FieldProblems.add(result, "areas", "Select areas from the list");
        }
        return form.areas().stream()
                .map(FieldProblems::id)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
    }

    private AgencyRow existing(long id) {
        return agencies.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String form(Model model, AgencyForm form, FormErrors errors, AgencyRow agency) {
        Set<Long> covered = agency == null ? Set.of() : Set.copyOf(agency.areaIds());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("agency", agency);
        model.addAttribute("kinds", AgencyKind.options());
        model.addAttribute("areaOptions", areas.options(covered));
        return FORM_VIEW;
    }
}
