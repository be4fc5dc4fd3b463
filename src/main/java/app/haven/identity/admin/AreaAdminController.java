package app.haven.identity.admin;

import app.haven.platform.web.FormErrors;
import jakarta.validation.Valid;
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

/** Areas of the partnership: list, add, rename, retire and reinstate. */
@Controller
@RequestMapping("/admin/areas")
class AreaAdminController {

    static final String LIST_VIEW = "identity/admin/areas";
    static final String FORM_VIEW = "identity/admin/areaForm";
    private static final String LIST = "redirect:/admin/areas";

    private final Areas areas;

    AreaAdminController(Areas areas) {
        this.areas = areas;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('ADMINISTER_REFERENCE_DATA')")
    String listAreas(Model model) {
        model.addAttribute("areas", areas.all());
        return LIST_VIEW;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('ADMINISTER_REFERENCE_DATA')")
    String showNewArea(Model model) {
        return form(model, AreaForm.empty(), FormErrors.none(), null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('ADMINISTER_REFERENCE_DATA')")
    String addArea(
            @Valid @ModelAttribute("form") AreaForm form, BindingResult result, Model model, RedirectAttributes flash) {
        String code = form.codeOrDerived();
        if (!result.hasFieldErrors("name") && areas.nameTaken(form.strippedName(), 0)) {
            FieldProblems.add(result, "name", "An area with this name already exists");
        }
        if (!result.hasErrors() && !code.matches("^[a-z0-9-]{2,40}$")) {
            FieldProblems.add(result, "code", "Enter a code: 2 to 40 lower-case letters, numbers or hyphens");
        } else if (!result.hasErrors() && areas.codeTaken(code)) {
            FieldProblems.add(result, "code", "An area with this code already exists");
        }
        if (result.hasErrors()) {
            return form(model, form, FormErrors.from(result), null);
        }
        areas.add(code, form.strippedName());
        flash.addFlashAttribute("success", "Area " + form.strippedName() + " added");
        return LIST;
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('ADMINISTER_REFERENCE_DATA')")
    String showRenameArea(@PathVariable long id, Model model) {
        AreaRow area = existing(id);
        return form(model, new AreaForm(area.name(), area.code()), FormErrors.none(), area);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('ADMINISTER_REFERENCE_DATA')")
    String renameArea(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AreaForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash) {
        AreaRow area = existing(id);
        if (!result.hasFieldErrors("name") && areas.nameTaken(form.strippedName(), id)) {
            FieldProblems.add(result, "name", "An area with this name already exists");
        }
        // The code cannot change here, so a tampered code is not the user's problem to fix.
        if (result.hasFieldErrors("name")) {
            return form(model, new AreaForm(form.name(), area.code()), FormErrors.from(result), area);
        }
        areas.rename(id, form.strippedName());
        flash.addFlashAttribute("success", "Area renamed to " + form.strippedName());
        return LIST;
    }

    @PostMapping("/{id}/retire")
    @PreAuthorize("hasAuthority('ADMINISTER_REFERENCE_DATA')")
    String retireArea(@PathVariable long id, RedirectAttributes flash) {
        areas.setRetired(existing(id).id(), true);
        flash.addFlashAttribute("success", "Area " + existing(id).name() + " retired");
        return LIST;
    }

    @PostMapping("/{id}/reinstate")
    @PreAuthorize("hasAuthority('ADMINISTER_REFERENCE_DATA')")
    String reinstateArea(@PathVariable long id, RedirectAttributes flash) {
        areas.setRetired(existing(id).id(), false);
        flash.addFlashAttribute("success", "Area " + existing(id).name() + " reinstated");
        return LIST;
    }

    private AreaRow existing(long id) {
        return areas.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String form(Model model, AreaForm form, FormErrors errors, AreaRow area) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("area", area);
        return FORM_VIEW;
    }
}
