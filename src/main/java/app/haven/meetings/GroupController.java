package app.haven.meetings;

import app.haven.identity.ChildAccess;
import app.haven.people.People;
import app.haven.people.PersonKind;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import java.time.Instant;
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

/** A group's page: its members and meetings, and arranging the next meeting (whose agenda builds at once). */
@Controller
class GroupController {

    static final String VIEW = "meetings/group";

    private final MeetingPages pages;
    private final MeetingQueries queries;
    private final MeetingTypes types;
    private final Meetings meetings;
    private final ChildAccess access;
    private final People people;

    GroupController(
            MeetingPages pages,
            MeetingQueries queries,
            MeetingTypes types,
            Meetings meetings,
            ChildAccess access,
            People people) {
        this.pages = pages;
        this.queries = queries;
        this.types = types;
        this.meetings = meetings;
        this.access = access;
        this.people = people;
    }

    @GetMapping("/meeting-groups/{groupId}")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String showGroup(@PathVariable long groupId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        GroupView group = pages.group(groupId, user);
        String type = group.areaId().isPresent() ? "CSE_GROUP" : "OPERATIONAL";
        return page(group, ArrangeForm.blank(type, group.chairUserId()), FormErrors.none(), user, model);
    }

    @PostMapping("/meeting-groups/{groupId}/meetings")
    @PreAuthorize("hasAuthority('MANAGE_MEETINGS')")
    String arrangeMeeting(
            @PathVariable long groupId,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String child,
            @RequestParam(name = "starts.day", defaultValue = "") String day,
            @RequestParam(name = "starts.month", defaultValue = "") String month,
            @RequestParam(name = "starts.year", defaultValue = "") String year,
            @RequestParam(defaultValue = "") String startsTime,
            @RequestParam(defaultValue = "") String place,
            @RequestParam(defaultValue = "") String online,
            @RequestParam(defaultValue = "") String chair,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        GroupView group = pages.group(groupId, user);
        ArrangeForm form = new ArrangeForm(
                type,
                child,
                new StartTime(new DateParts(day, month, year), startsTime),
                place,
                !online.isBlank(),
                chair);
        FormErrors.Builder errors = FormErrors.builder();
        if (group.retired()) {
            errors.form("This group is retired: it arranges no new meetings");
        }
        Optional<MeetingTypes.Type> kind = types.find(type);
        if (kind.isEmpty()) {
            errors.field("type", "Select the kind of meeting");
        }
        Optional<Long> childId = kind.filter(MeetingTypes.Type::forChild).flatMap(k -> child(child, user, errors));
        Optional<Instant> starts = form.starts().read(errors);
        Forms.text(errors, "place", place, "the place", 200, !form.online());
        Optional<Long> chairId = Forms.id(chair)
                .filter(id -> pages.colleagues(group, user).stream()
                        .anyMatch(o -> o.value().equals(String.valueOf(id))));
        if (chairId.isEmpty()) {
            errors.field("chair", "Select the chair");
        }
        if (errors.build().hasErrors()) {
            return page(group, form, errors.build(), user, model);
        }
        long id = meetings.schedule(
                group,
                new Meetings.NewMeeting(
                        type,
                        childId,
                        starts.get(),
                        Optional.of(place.strip()).filter(p -> !p.isEmpty()),
                        form.online(),
                        chairId.get()),
                user);
        redirect.addFlashAttribute("message", "Meeting arranged. Its agenda has been built from the register.");
        return "redirect:/meetings/" + id;
    }

    /** The child a meeting for one child is about: a child's record the coordinator may open. */
    private Optional<Long> child(String typed, HavenPrincipal user, FormErrors.Builder errors) {
        Optional<Long> id = Forms.id(typed)
                .filter(c ->
                        people.find(c).filter(p -> p.kind() == PersonKind.CHILD).isPresent())
                .filter(c -> access.canOpen(user, c));
        if (id.isEmpty()) {
            errors.field("child", "Enter the record number of a child whose record you may open");
        }
        return id.map(people::resolve);
    }

    private String page(GroupView group, ArrangeForm form, FormErrors errors, HavenPrincipal user, Model model) {
        model.addAttribute("group", group);
        model.addAttribute("meetings", queries.ofGroup(group.id()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", types.options());
        model.addAttribute("chairs", pages.colleagues(group, user));
        model.addAttribute("canManage", MeetingPages.may(user, "MANAGE_MEETINGS"));
        return VIEW;
    }
}
