package app.haven.identity.admin;

import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

/** Creating an account with a temporary password, and editing one with optimistic locking. */
@Controller
@RequestMapping("/admin/users")
class UserFormController {

    static final String FORM_VIEW = "identity/admin/userForm";

    private final UserDirectory directory;
    private final UserChecks checks;
    private final UserAdministration administration;
    private final Agencies agencies;
    private final Teams teams;
    private final Areas areas;
    private final UserChoices choices;

    UserFormController(
            UserDirectory directory,
            UserChecks checks,
            UserAdministration administration,
            Agencies agencies,
            Teams teams,
            Areas areas,
            UserChoices choices) {
        this.directory = directory;
        this.checks = checks;
        this.administration = administration;
        this.agencies = agencies;
        this.teams = teams;
        this.areas = areas;
        this.choices = choices;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('ADMINISTER_USERS')")
    String showNewUser(Model model) {
        return form(model, UserForm.empty(), FormErrors.none(), Optional.empty());
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('ADMINISTER_USERS')")
    String createUser(
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult result,
            @AuthenticationPrincipal HavenPrincipal actor,
            Model model,
            RedirectAttributes flash) {
        Optional<UserChoice> choice = checks.check(form, result, Optional.empty());
        if (choice.isEmpty()) {
            // Never send a password back to the browser, even the one just typed.
            UserForm kept = new UserForm(
                    form.name(),
                    form.email(),
                    form.agency(),
                    form.team(),
                    form.areas(),
                    form.roles(),
                    form.manager(),
                    "",
                    "");
            return form(model, kept, FormErrors.from(result), Optional.empty());
        }
        long id = administration.create(actor.userId(), choice.get(), form.password());
        flash.addFlashAttribute("success", "Account created for " + choice.get().name());
        return "redirect:/admin/users/" + id;
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('ADMINISTER_USERS')")
    String showEditUser(@PathVariable long id, Model model) {
        UserView user = existing(id);
        return form(model, user.toForm(), FormErrors.none(), Optional.of(user));
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('ADMINISTER_USERS')")
    String saveUser(
            @PathVariable long id,
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult result,
            @AuthenticationPrincipal HavenPrincipal actor,
            Model model,
            RedirectAttributes flash) {
        UserView before = existing(id);
        Optional<UserChoice> choice = checks.check(form, result, Optional.of(before));
        if (choice.isEmpty()) {
            return form(model, form, FormErrors.from(result), Optional.of(before));
        }
        int version = FieldProblems.id(form.version()).map(Long::intValue).orElse(-1);
        try {
            administration.edit(actor.userId(), before, version, choice.get());
        } catch (UserAdministration.StaleEdit stale) {
            return conflict(model, form, existing(id));
        }
        flash.addFlashAttribute("success", choice.get().name() + "'s account is saved");
        return "redirect:/admin/users/" + id;
    }

    /**
     * Someone saved the account after this editor opened it. Nothing typed is lost: the form keeps it, the
     * page shows their saved version beside it, and the form now carries their version so saving again wins.
     */
    private String conflict(Model model, UserForm yours, UserView theirs) {
        FormErrors errors = FormErrors.builder()
                .form("Someone else changed this account while you were editing it. Check their version below; "
                        + "your changes are not saved yet. Save again to replace their version with yours.")
                .build();
        String view = form(model, yours.withVersion(theirs.version()), errors, Optional.of(theirs));
        model.addAttribute("conflict", EditConflict.between(theirs, yours, labels(model)));
        return view;
    }

    private UserView existing(long id) {
        return directory.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String form(Model model, UserForm form, FormErrors errors, Optional<UserView> user) {
        Optional<Long> agencyId = user.map(UserView::agencyId);
        Set<Long> areaIds = user.map(view -> Set.copyOf(view.areaIds())).orElse(Set.of());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("user", user.orElse(null));
        model.addAttribute("agencyOptions", withNone("Select an agency", agencies.options(agencyId)));
        model.addAttribute("teamOptions", withNone("No team", teams.options(user.flatMap(UserView::teamId))));
        model.addAttribute("areaOptions", areas.options(areaIds));
        model.addAttribute("roleOptions", choices.roles());
        model.addAttribute(
                "managerOptions",
                withNone("No manager", choices.managers(user.map(UserView::id).orElse(0L))));
        return FORM_VIEW;
    }

    @SuppressWarnings("unchecked")
    private static EditConflict.Labels labels(Model model) {
        return new EditConflict.Labels(
                (List<Option>) model.getAttribute("agencyOptions"),
                (List<Option>) model.getAttribute("teamOptions"),
                (List<Option>) model.getAttribute("areaOptions"),
                (List<Option>) model.getAttribute("roleOptions"),
                (List<Option>) model.getAttribute("managerOptions"));
    }

    private static List<Option> withNone(String label, List<Option> options) {
        List<Option> all = new ArrayList<>();
        all.add(new Option("", label));
        all.addAll(options);
        return all;
    }
}
