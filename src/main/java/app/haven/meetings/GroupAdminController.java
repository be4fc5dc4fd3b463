package app.haven.meetings;

import app.haven.identity.Workforce;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
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
 * Changing a group (members by agency and person, chair, terms of reference) and retiring it, for those who run
 * meetings in its area. A group is never deleted. A save or retirement made from a page someone else has changed
 * since saves nothing and shows the group as saved beside what was typed.
 */
@Controller
class GroupAdminController {

    static final String VIEW = "meetings/editGroup";

    private final MeetingPages pages;
    private final Groups groups;
    private final Workforce workforce;

    GroupAdminController(MeetingPages pages, Groups groups, Workforce workforce) {
        this.pages = pages;
        this.groups = groups;
        this.workforce = workforce;
    }

    @GetMapping("/meeting-groups/{groupId}/edit")
    @PreAuthorize("hasAuthority('MANAGE_MEETINGS')")
    String editGroup(@PathVariable long groupId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        GroupView group = pages.group(groupId, user);
        return page(group, GroupForm.of(group), FormErrors.none(), Optional.empty(), user, model);
    }

    @PostMapping("/meeting-groups/{groupId}/edit")
    @PreAuthorize("hasAuthority('MANAGE_MEETINGS')")
    String changeGroup(
            @PathVariable long groupId,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String chair,
            @RequestParam(defaultValue = "") String terms,
            @RequestParam(defaultValue = "") List<String> agencies,
            @RequestParam(defaultValue = "") List<String> people,
            @RequestParam(defaultValue = "-1") int version,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        GroupView group = pages.group(groupId, user);
        GroupForm form = new GroupForm(name, chair, terms, agencies, people, version);
        FormErrors.Builder errors = FormErrors.builder();
        Optional<Groups.NewGroup> changed = form.check(group, agencyChoices(), pages.colleagues(group, user), errors);
        if (changed.isEmpty()) {
            return page(group, form, errors.build(), Optional.empty(), user, model);
        }
        if (!groups.change(groupId, changed.get(), version)) {
            return conflict(groupId, form, user, model);
        }
        redirect.addFlashAttribute("message", "Group changed. Meetings arranged from now on invite its members.");
        return "redirect:/meeting-groups/" + groupId;
    }

    @PostMapping("/meeting-groups/{groupId}/retire")
    @PreAuthorize("hasAuthority('MANAGE_MEETINGS')")
    String retireGroup(
            @PathVariable long groupId,
            @RequestParam(defaultValue = "-1") int version,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        GroupView group = pages.group(groupId, user);
        if (!groups.retire(groupId, version, user)) {
            return conflict(groupId, GroupForm.of(group), user, model);
        }
        redirect.addFlashAttribute("message", "Group retired. Its meetings and minutes are kept.");
        return "redirect:/meeting-groups/" + groupId;
    }

    /** Someone changed (or retired) the group first: the saved group beside what this user typed, at its version. */
    private String conflict(long groupId, GroupForm typed, HavenPrincipal user, Model model) {
        GroupView saved = pages.group(groupId, user);
        FormErrors errors = FormErrors.builder()
                .form(
                        saved.retired()
                                ? "This group has been retired, so it cannot be changed. Nothing of yours was saved."
                                : "Someone changed this group while you were working on it. Nothing of yours was saved:"
                                        + " compare the group as saved with your changes below, and save again.")
                .build();
        GroupForm kept = new GroupForm(
                typed.name(), typed.chair(), typed.terms(), typed.agencies(), typed.people(), saved.version());
        return page(saved, kept, errors, Optional.of(saved), user, model);
    }

    private String page(
            GroupView group,
            GroupForm form,
            FormErrors errors,
            Optional<GroupView> theirs,
            HavenPrincipal user,
            Model model) {
        model.addAttribute("group", group);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("theirs", theirs);
        model.addAttribute("agencyOptions", agencyChoices());
        model.addAttribute("colleagues", pages.colleagues(group, user));
        return VIEW;
    }

    private List<Option> agencyChoices() {
        return workforce.agencies().stream()
                .map(a -> new Option(String.valueOf(a.id()), a.name()))
                .toList();
    }
}
