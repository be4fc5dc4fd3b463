package app.haven.cases;

import app.haven.identity.Workforce;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and changing an action in the support plan; a stale change shows both versions and saves nothing. */
@Controller
class ActionController {

    static final String VIEW = "cases/action";

    private final CasePages pages;
    private final Plans plans;
    private final Catalogues catalogues;
    private final Workforce workforce;

    ActionController(CasePages pages, Plans plans, Catalogues catalogues, Workforce workforce) {
        this.pages = pages;
        this.plans = plans;
        this.catalogues = catalogues;
        this.workforce = workforce;
    }

    @GetMapping("/cases/{id}/plan/actions/new")
    @PreAuthorize("hasAuthority('MANAGE_CASE')")
    String showNewAction(@PathVariable long id, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        CaseView kase = pages.openForChange(id, user, model);
        return page(kase, Optional.empty(), InterventionForm.blank(), FormErrors.none(), Optional.empty(), model);
    }

    @PostMapping("/cases/{id}/plan/actions")
    @PreAuthorize("hasAuthority('MANAGE_CASE')")
    String addAction(
            @PathVariable long id,
            @ModelAttribute("form") InterventionForm form,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        CaseView kase = pages.openForChange(id, user, model);
        Optional<Long> agency = ownerAgency(kase, form);
        FormErrors errors = check(kase, form, agency);
        if (errors.hasErrors()) {
            return page(kase, Optional.empty(), form, errors, Optional.empty(), model);
        }
        plans.addIntervention(kase.ref(), form, agency.orElseThrow(), user);
        redirect.addFlashAttribute("message", "Action added to the plan");
        return "redirect:/cases/" + id + "/plan#actions";
    }

    @GetMapping("/cases/{id}/plan/actions/{actionId}")
    @PreAuthorize("hasAuthority('MANAGE_CASE')")
    String showAction(
            @PathVariable long id,
            @PathVariable long actionId,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model) {
        CaseView kase = pages.openForChange(id, user, model);
        PlanView.Intervention action = action(id, actionId);
        return page(
                kase, Optional.of(actionId), InterventionForm.of(action), FormErrors.none(), Optional.empty(), model);
    }

    @PostMapping("/cases/{id}/plan/actions/{actionId}")
    @PreAuthorize("hasAuthority('MANAGE_CASE')")
    String changeAction(
            @PathVariable long id,
            @PathVariable long actionId,
            @ModelAttribute("form") InterventionForm form,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        CaseView kase = pages.openForChange(id, user, model);
        action(id, actionId);
        Optional<Long> agency = ownerAgency(kase, form);
        FormErrors errors = check(kase, form, agency);
        if (errors.hasErrors()) {
            return page(kase, Optional.of(actionId), form, errors, Optional.empty(), model);
        }
        if (!plans.updateIntervention(kase.ref(), actionId, form, agency.orElseThrow(), user)) {
            PlanView.Intervention theirs = action(id, actionId);
            FormErrors conflict = FormErrors.builder()
                    .form("Someone changed this action while you were editing it. Nothing of yours was saved yet:"
                            + " compare the two versions, change yours if you need to, and save again.")
                    .build();
            InterventionForm yours = form.from(theirs.version());
            return page(kase, Optional.of(actionId), yours, conflict, Optional.of(theirs), model);
        }
        redirect.addFlashAttribute("message", "Action saved");
        return "redirect:/cases/" + id + "/plan#actions";
    }

    private PlanView.Intervention action(long caseId, long actionId) {
        return plans.intervention(caseId, actionId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The agency that owns the action: the named person's, or the agency chosen; empty if neither is valid. */
    private Optional<Long> ownerAgency(CaseView kase, InterventionForm form) {
        if (form.ownerUser().isPresent()) {
            return workforce.colleaguesIn(kase.areaId()).stream()
                    .filter(c -> c.id() == form.ownerUser().get())
                    .map(Workforce.Colleague::agencyId)
                    .findFirst();
        }
        return form.ownerAgency().filter(a -> workforce.agencies().stream().anyMatch(x -> x.id() == a));
    }

    private FormErrors check(CaseView kase, InterventionForm form, Optional<Long> agency) {
        FormErrors.Builder errors = form.check();
        if (!form.type().isBlank()
                && !Catalogues.unknown(catalogues.interventionTypes(), List.of(form.type()))
                        .isEmpty()) {
            errors.field("type", "Select the type of action from the list");
        }
        if (!form.owner().isBlank() && agency.isEmpty()) {
            errors.field("owner", "Select an owner from the list");
        }
        if (!form.goal().isBlank()
                && plans.view(kase.id()).goals().stream()
                        .noneMatch(g -> String.valueOf(g.id()).equals(form.goal()))) {
            errors.field("goal", "Select a goal of this plan");
        }
        return errors.build();
    }

    private String page(
            CaseView kase,
            Optional<Long> actionId,
            InterventionForm form,
            FormErrors errors,
            Optional<PlanView.Intervention> theirs,
            Model model) {
        List<Option> owners = new ArrayList<>();
        workforce.colleaguesIn(kase.areaId()).forEach(c -> owners.add(new Option("user:" + c.id(), c.label())));
        workforce
                .agencies()
                .forEach(a -> owners.add(new Option("agency:" + a.id(), a.name() + " (no named person yet)")));
        List<Option> goals = new ArrayList<>(List.of(new Option("", "Not linked to a goal")));
        plans.view(kase.id()).goals().forEach(g -> goals.add(new Option(String.valueOf(g.id()), g.description())));
        model.addAttribute("actionId", actionId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("theirs", theirs);
        model.addAttribute("types", catalogues.interventionTypes());
        model.addAttribute("owners", owners);
        model.addAttribute("goals", goals);
        model.addAttribute("statuses", PlanStatus.ACTIONS);
        return VIEW;
    }
}
