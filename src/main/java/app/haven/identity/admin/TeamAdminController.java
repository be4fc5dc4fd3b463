package app.haven.identity.admin;

import app.haven.platform.web.FormErrors;
import jakarta.validation.Valid;
import java.util.Optional;
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

/** Teams within agencies: list by agency, add, rename, retire and reinstate. */
@Controller
@RequestMapping("/admin/teams")
class TeamAdminController {

    static final String LIST_VIEW = "identity/admin/teams";
    static final String FORM_VIEW = "identity/admin/teamForm";
    private static final String LIST = "redirect:/admin/teams";

    private final Teams teams;
    private final Agencies agencies;

    TeamAdminController(Teams teams, Agencies agencies) {
        this.teams = teams;
        this.agencies = agencies;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('ADMINISTER_REFERENCE_DATA')")
    String listTeams(Model model) {
        model.addAttribute("teams", teams.all());
        return LIST_VIEW;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('ADMINISTER_REFERENCE_DATA')")
    String showNewTeam(Model model) {
        return form(model, TeamForm.empty(), FormErrors.none(), null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('ADMINISTER_REFERENCE_DATA')")
    String addTeam(
            @Valid @ModelAttribute("form") TeamForm form, BindingResult result, Model model, RedirectAttributes flash) {
        Optional<Long> agencyId = FieldProblems.id(form.agency())
                .filter(id ->
                        agencies.find(id).filter(agency -> !agency.retired()).isPresent());
        if (agencyId.isEmpty()) {
            FieldProblems.add(result, "agency", "Select the agency the team belongs to");
        } else if (!result.hasFieldErrors("name") && teams.nameTaken(agencyId.get(), form.strippedName(), 0)) {
            FieldProblems.add(result, "name", "This agency already has a team with this name");
        }
        if (result.hasErrors()) {
            return form(model, form, FormErrors.from(result), null);
        }
        teams.add(agencyId.get(), form.strippedName());
        flash.addFlashAttribute("success", "Team " + form.strippedName() + " added");
        return LIST;
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('ADMINISTER_REFERENCE_DATA')")
    String showRenameTeam(@PathVariable long id, Model model) {
        TeamRow team = existing(id);
        return form(model, new TeamForm(String.valueOf(team.agencyId()), team.name()), FormErrors.none(), team);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('ADMINISTER_REFERENCE_DATA')")
    String renameTeam(
            @PathVariable long id,
            @Valid @ModelAttribute("form") TeamForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash) {
        TeamRow team = existing(id);
        if (!result.hasFieldErrors("name") && teams.nameTaken(team.agencyId(), form.strippedName(), id)) {
            FieldProblems.add(result, "name", "This agency already has a team with this name");
        }
        if (result.hasErrors()) {
            return form(model, form, FormErrors.from(result), team);
        }
        teams.rename(id, form.strippedName());
        flash.addFlashAttribute("success", "Team renamed to " + form.strippedName());
        return LIST;
    }

    @PostMapping("/{id}/retire")
    @PreAuthorize("hasAuthority('ADMINISTER_REFERENCE_DATA')")
    String retireTeam(@PathVariable long id, RedirectAttributes flash) {
        teams.setRetired(existing(id).id(), true);
        flash.addFlashAttribute("success", "Team " + existing(id).name() + " retired");
        return LIST;
    }

    @PostMapping("/{id}/reinstate")
    @PreAuthorize("hasAuthority('ADMINISTER_REFERENCE_DATA')")
    String reinstateTeam(@PathVariable long id, RedirectAttributes flash) {
        teams.setRetired(existing(id).id(), false);
        flash.addFlashAttribute("success", "Team " + existing(id).name() + " reinstated");
        return LIST;
    }

    private TeamRow existing(long id) {
        return teams.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String form(Model model, TeamForm form, FormErrors errors, TeamRow team) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("team", team);
        var choices = new java.util.ArrayList<app.haven.platform.web.Option>();
        choices.add(new app.haven.platform.web.Option("", "Select an agency"));
        choices.addAll(agencies.options(Optional.empty()));
        model.addAttribute("agencyOptions", choices);
        return FORM_VIEW;
    }
}
