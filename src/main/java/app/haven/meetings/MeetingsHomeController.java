package app.haven.meetings;

import app.haven.audit.AuditLog;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The meetings home (the user's groups, strategy discussions due) and setting up a new group. */
@Controller
class MeetingsHomeController {

    static final String HOME = "meetings/home";
    static final String NEW_GROUP = "meetings/newGroup";
    static final String PAN = "pan";

    private final Groups groups;
    private final StrategyQueries strategy;
    private final MeetingPages pages;
    private final Workforce workforce;
    private final AuditLog audit;

    MeetingsHomeController(
            Groups groups, StrategyQueries strategy, MeetingPages pages, Workforce workforce, AuditLog audit) {
        this.groups = groups;
        this.strategy = strategy;
        this.pages = pages;
        this.workforce = workforce;
        this.audit = audit;
    }

    @GetMapping("/meetings")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String showMeetings(@AuthenticationPrincipal HavenPrincipal user, Model model) {
        List<StrategyDiscussionDue> due = strategy.due(user);
        audit.listShown(
                "strategy-discussion",
                "strategy discussions",
                due.stream().map(StrategyDiscussionDue::id).toList());
        model.addAttribute("groups", groups.forAreas(pages.areaIds(user)));
        model.addAttribute("discussions", due);
        model.addAttribute("canManage", MeetingPages.may(user, "MANAGE_MEETINGS"));
        return HOME;
    }

    @GetMapping("/meeting-groups/new")
    @PreAuthorize("hasAuthority('MANAGE_MEETINGS')")
    String showNewGroup(@AuthenticationPrincipal HavenPrincipal user, Model model) {
        return form(user, "", "", "", "", List.of(), List.of(), FormErrors.none(), model);
    }

    @PostMapping("/meeting-groups")
    @PreAuthorize("hasAuthority('MANAGE_MEETINGS')")
    String createGroup(
            @RequestParam(defaultValue = "") String area,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String chair,
            @RequestParam(defaultValue = "") String terms,
            @RequestParam(defaultValue = "") List<String> agencies,
            @RequestParam(defaultValue = "") List<String> people,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        List<Long> areas = pages.areaIds(user);
        FormErrors.Builder errors = FormErrors.builder();
        Optional<Long> areaId = Forms.id(area).filter(areas::contains);
        if (!area.equals(PAN) && areaId.isEmpty()) {
            errors.field("area", "Select the area the group covers, or pan-partnership");
        }
        Forms.text(errors, "name", name, "the group's name", 160, true);
        Forms.text(errors, "terms", terms, "the terms of reference", 4000, false);
        List<Long> chairs =
                chairs(user).stream().map(c -> Long.parseLong(c.value())).toList();
        Optional<Long> chairId = Forms.id(chair).filter(chairs::contains);
        if (chairId.isEmpty()) {
            errors.field("chair", "Select the chair");
        }
        List<Long> agencyIds =
                agencies.stream().flatMap(a -> Forms.id(a).stream()).toList();
        List<Long> memberIds = people.stream()
                .flatMap(p -> Forms.id(p).stream())
                .filter(chairs::contains)
                .toList();
        if (agencyIds.isEmpty() && memberIds.isEmpty()) {
            errors.field("agencies", "Select the agencies the group's meetings invite");
        }
        if (errors.build().hasErrors()) {
            return form(user, area, name, chair, terms, agencies, people, errors.build(), model);
        }
        long id = groups.create(
                new Groups.NewGroup(areaId, name.strip(), chairId.get(), terms.strip(), agencyIds, memberIds), user);
        redirect.addFlashAttribute("message", "Group set up. Now arrange its first meeting.");
        return "redirect:/meeting-groups/" + id;
    }

    private List<Option> chairs(HavenPrincipal user) {
        return workforce.areasOf(user).stream()
                .flatMap(a -> workforce.colleaguesIn(a.id()).stream())
                .distinct()
                .map(c -> new Option(String.valueOf(c.id()), c.label()))
                .toList();
    }

    private String form(
            HavenPrincipal user,
            String area,
            String name,
            String chair,
            String terms,
            List<String> agencies,
            List<String> people,
            FormErrors errors,
            Model model) {
        List<Option> areas = new java.util.ArrayList<>(workforce.areasOf(user).stream()
                .map(a -> new Option(String.valueOf(a.id()), a.name()))
                .toList());
        areas.add(new Option(PAN, "Pan-partnership (every area)"));
        model.addAttribute("areas", areas);
        model.addAttribute("chairs", chairs(user));
        model.addAttribute(
                "agencyOptions",
                workforce.agencies().stream()
                        .map(a -> new Option(String.valueOf(a.id()), a.name()))
                        .toList());
        model.addAttribute("area", area);
        model.addAttribute("name", name);
        model.addAttribute("chair", chair.isBlank() ? String.valueOf(user.userId()) : chair);
        model.addAttribute("terms", terms);
        model.addAttribute("agencies", agencies);
        model.addAttribute("people", people);
        model.addAttribute("errors", errors);
        return NEW_GROUP;
    }
}
