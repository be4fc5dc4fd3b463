package app.haven.meetings;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import java.util.List;
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
 * The action tracker (the chair's view of every action in their areas: open, overdue, their own, or all; 50 a page,
 * soonest due first, or latest due first for all) and one
 * action's page, where its owner (or the chair, or a coordinator) records progress.
 */
@Controller
class ActionTrackerController {

    static final String TRACKER = "meetings/tracker";
    static final String VIEW = "meetings/action";

    private final MeetingPages pages;
    private final ActionQueries queries;
    private final Actions actions;
    private final AuditLog audit;

    ActionTrackerController(MeetingPages pages, ActionQueries queries, Actions actions, AuditLog audit) {
        this.pages = pages;
        this.queries = queries;
        this.actions = actions;
        this.audit = audit;
    }

    @GetMapping("/meeting-actions")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String showTracker(
            @RequestParam(defaultValue = "open") String view,
            @RequestParam(defaultValue = "1") int page,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model) {
        String chosen = ActionQueries.VIEWS.contains(view) ? view : "open";
        int number = Math.max(1, page);
        List<ActionView> read = queries.tracker(chosen, pages.areaIds(user), user, number);
        List<ActionView> shown = read.subList(0, Math.min(read.size(), ActionQueries.PAGE));
        audit.listShown(
                "meeting-action",
                "children",
                shown.stream()
                        .filter(a -> !a.hidden())
                        .flatMap(a -> a.childId().stream())
                        .distinct()
                        .toList());
        model.addAttribute("actions", shown);
        model.addAttribute("view", chosen);
        model.addAttribute("page", number);
        model.addAttribute("hasNext", read.size() > ActionQueries.PAGE);
        return TRACKER;
    }

    @GetMapping("/meeting-actions/{actionId}")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String showAction(@PathVariable long actionId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        ActionView action = pages.action(actionId, user);
        return page(action, "", "", action.version(), FormErrors.none(), user, model);
    }

    @PostMapping("/meeting-actions/{actionId}")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String updateAction(
            @PathVariable long actionId,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "-1") int version,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        ActionView action = pages.action(actionId, user);
        FormErrors.Builder errors = FormErrors.builder();
        if (!mayUpdate(action, user)) {
            errors.form("Only the action's owner, the chair or a coordinator may record progress on it.");
        }
        if (!action.open()) {
            errors.form("This action is " + ActionStatus.label(action.status()).toLowerCase(java.util.Locale.UK)
                    + ": it can no longer change.");
        }
        if (!ActionStatus.valid(status)) {
            errors.field("status", "Select the action's status");
        }
        Forms.text(errors, "note", note, "what has been done", 2000, true);
        if (errors.build().hasErrors()) {
            return page(action, status, note, version, errors.build(), user, model);
        }
        if (!actions.update(action.id(), action.childId(), status, note.strip(), version, user)) {
            ActionView theirs = pages.action(actionId, user);
            FormErrors conflict = FormErrors.builder()
                    .form("Someone updated this action while you were writing. Nothing of yours was saved yet: read"
                            + " their update below and save yours again.")
                    .build();
            return page(theirs, status, note, theirs.version(), conflict, user, model);
        }
        redirect.addFlashAttribute("message", "Action updated");
        return "redirect:/meeting-actions/" + actionId;
    }

    private static boolean mayUpdate(ActionView action, HavenPrincipal user) {
        return !action.hidden()
                && (user.userId() == action.ownerUserId()
                        || user.userId() == action.chairUserId()
                        || MeetingPages.may(user, "MANAGE_MEETINGS"));
    }

    private String page(
            ActionView action,
            String status,
            String note,
            int version,
            FormErrors errors,
            HavenPrincipal user,
            Model model) {
        if (action.hidden()) {
            audit.record(AuditAction.VIEW, "meeting-action", action.id(), Optional.empty(), Optional.empty());
        } else if (action.childId().isPresent()) {
            audit.childRecordViewed(action.childId().get(), "meeting-action", action.id());
        }
        model.addAttribute("action", action);
        model.addAttribute("updates", action.hidden() ? List.of() : queries.updates(action.id()));
        model.addAttribute("status", status.isEmpty() ? action.status() : status);
        model.addAttribute("note", note);
        model.addAttribute("version", version);
        model.addAttribute("statuses", ActionStatus.ALL);
        model.addAttribute("errors", errors);
        model.addAttribute("canUpdate", mayUpdate(action, user) && action.open());
        return VIEW;
    }
}
