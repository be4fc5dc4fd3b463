package app.haven.cases;

import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The support plan: the child's view, who they want to work with and the carer's view (saved with the version the
 * user started from, so a colleague's save in between is shown side by side rather than overwritten), and goals.
 */
@Controller
class PlanController {

    static final String VIEW = "cases/plan";
    static final int MAX_VIEW = 4000;
    static final int MAX_WITH = 1000;
    static final int MAX_GOAL = 1000;

    private final CasePages pages;
    private final Plans plans;

    PlanController(CasePages pages, Plans plans) {
        this.pages = pages;
        this.plans = plans;
    }

    @GetMapping("/cases/{id}/plan")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String showPlan(@PathVariable long id, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        CaseView kase = pages.open(id, user, model);
        PlanView plan = plans.view(kase.id());
        PlanViewsForm form =
                new PlanViewsForm(plan.childView(), plan.childWantsToWorkWith(), plan.carerView(), plan.version());
        return page(plan, form, FormErrors.none(), Optional.empty(), "", user, model);
    }

    @PostMapping("/cases/{id}/plan")
    @PreAuthorize("hasAuthority('MANAGE_CASE')")
    String saveViews(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String childView,
            @RequestParam(defaultValue = "") String childWantsToWorkWith,
            @RequestParam(defaultValue = "") String carerView,
            @RequestParam(defaultValue = "-1") int version,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        CaseView kase = pages.openForChange(id, user, model);
        PlanViewsForm form =
                new PlanViewsForm(childView.strip(), childWantsToWorkWith.strip(), carerView.strip(), version);
        FormErrors.Builder errors = FormErrors.builder();
        limit(errors, "childView", "The child's view", form.childView(), MAX_VIEW);
        limit(
                errors,
                "childWantsToWorkWith",
                "Who the child wants to work with",
                form.childWantsToWorkWith(),
                MAX_WITH);
        limit(errors, "carerView", "The parent's or carer's view", form.carerView(), MAX_VIEW);
        if (errors.build().hasErrors()) {
            return page(plans.view(id), form, errors.build(), Optional.empty(), "", user, model);
        }
        if (!plans.saveViews(
                kase.ref(), version, form.childView(), form.childWantsToWorkWith(), form.carerView(), user)) {
            PlanView theirs = plans.view(id);
            FormErrors conflict = FormErrors.builder()
                    .form(theirs.updatedBy() + " saved this plan at " + theirs.updatedAt()
                            + " while you were editing it. Nothing of yours was saved yet: compare the two versions"
                            + " below, change yours if you need to, and save again.")
                    .build();
            PlanViewsForm yours = new PlanViewsForm(
                    form.childView(), form.childWantsToWorkWith(), form.carerView(), theirs.version());
            return page(theirs, yours, conflict, Optional.of(theirs), "", user, model);
        }
        redirect.addFlashAttribute("message", "Plan saved");
        return "redirect:/cases/" + id + "/plan";
    }

    @PostMapping("/cases/{id}/plan/goals")
    @PreAuthorize("hasAuthority('MANAGE_CASE')")
    String addGoal(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String goal,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        CaseView kase = pages.openForChange(id, user, model);
        String text = goal.strip();
        FormErrors.Builder errors = FormErrors.builder();
        if (text.isEmpty()) {
            errors.field("goal", "Enter the goal");
        }
        limit(errors, "goal", "The goal", text, MAX_GOAL);
        if (errors.build().hasErrors()) {
            PlanView plan = plans.view(id);
            PlanViewsForm form =
                    new PlanViewsForm(plan.childView(), plan.childWantsToWorkWith(), plan.carerView(), plan.version());
            return page(plan, form, errors.build(), Optional.empty(), goal, user, model);
        }
        plans.addGoal(kase.ref(), text, user);
        redirect.addFlashAttribute("message", "Goal added");
        return "redirect:/cases/" + id + "/plan#goals";
    }

    @PostMapping("/cases/{id}/plan/goals/{goalId}")
    @PreAuthorize("hasAuthority('MANAGE_CASE')")
    String setGoalStatus(
            @PathVariable long id,
            @PathVariable long goalId,
            @RequestParam(defaultValue = "") String status,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        CaseView kase = pages.openForChange(id, user, model);
        boolean known = CaseChoices.valid(PlanStatus.GOALS, status);
        boolean saved = known && plans.setGoalStatus(kase.ref(), goalId, status, user);
        redirect.addFlashAttribute("message", saved ? "Goal updated" : "Select the goal's progress from the list");
        return "redirect:/cases/" + id + "/plan#goals";
    }

    private static void limit(FormErrors.Builder errors, String field, String name, String value, int max) {
        if (value.length() > max) {
            errors.field(field, name + " must be " + max + " characters or fewer");
        }
    }

    private String page(
            PlanView plan,
            PlanViewsForm form,
            FormErrors errors,
            Optional<PlanView> theirs,
            String goal,
            HavenPrincipal user,
            Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("theirs", theirs);
        model.addAttribute("goal", goal);
        model.addAttribute("canManage", CasePages.may(user, "MANAGE_CASE"));
        return VIEW;
    }
}
