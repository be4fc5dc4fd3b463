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
 * Changing who a meeting invites before it is held: agencies and named people (colleagues in the meeting's area). A
 * save from a page someone changed since saves nothing and shows the invitees as saved beside what was chosen.
 */
@Controller
class InviteesController {

    static final String VIEW = "meetings/invitees";

    private final MeetingPages pages;
    private final Groups groups;
    private final Invitees invitees;
    private final Workforce workforce;

    InviteesController(MeetingPages pages, Groups groups, Invitees invitees, Workforce workforce) {
        this.pages = pages;
        this.groups = groups;
        this.invitees = invitees;
        this.workforce = workforce;
    }

    @GetMapping("/meetings/{meetingId}/invitees")
    @PreAuthorize("hasAuthority('MANAGE_MEETINGS')")
    String showInvitees(@PathVariable long meetingId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        MeetingView meeting = pages.meeting(meetingId, user);
        Invitees.Invited invited = invitees.of(meetingId);
        return page(
                meeting,
                texts(invited.agencyIds()),
                texts(invited.userIds()),
                meeting.version(),
                FormErrors.none(),
                false,
                user,
                model);
    }

    @PostMapping("/meetings/{meetingId}/invitees")
    @PreAuthorize("hasAuthority('MANAGE_MEETINGS')")
    String changeInvitees(
            @PathVariable long meetingId,
            @RequestParam(defaultValue = "") List<String> agencies,
            @RequestParam(defaultValue = "") List<String> people,
            @RequestParam(defaultValue = "-1") int version,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        MeetingView meeting = pages.meeting(meetingId, user);
        List<Option> colleagues = colleagues(meeting, user);
        GroupForm chosen = new GroupForm("", "", "", agencies, people, version);
        List<Long> agencyIds = ids(chosen.agencies(), agencyChoices());
        List<Long> userIds = ids(chosen.people(), colleagues);
        FormErrors.Builder errors = FormErrors.builder();
        if (agencyIds.size() != chosen.agencies().size()
                || userIds.size() != chosen.people().size()) {
            errors.field("agencies", "Select invitees only from the agencies and people listed");
        } else if (agencyIds.isEmpty() && userIds.isEmpty()) {
            errors.field("agencies", "Select the agencies or people the meeting invites");
        }
        if (errors.build().hasErrors()) {
            return page(meeting, chosen.agencies(), chosen.people(), version, errors.build(), false, user, model);
        }
        try {
            invitees.change(meeting, agencyIds, userIds, version);
        } catch (MeetingRefused refused) {
            MeetingView now = pages.meeting(meetingId, user);
            FormErrors conflict =
                    FormErrors.builder().form(refused.getMessage()).build();
            return page(now, chosen.agencies(), chosen.people(), now.version(), conflict, true, user, model);
        }
        redirect.addFlashAttribute("message", "Invitees changed");
        return "redirect:/meetings/" + meetingId;
    }

    private String page(
            MeetingView meeting,
            List<String> agencies,
            List<String> people,
            int version,
            FormErrors errors,
            boolean showSaved,
            HavenPrincipal user,
            Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("agencies", agencies);
        model.addAttribute("people", people);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "saved",
                showSaved ? Optional.of(String.join("; ", savedLabels(meeting.id()))) : Optional.<String>empty());
        model.addAttribute("agencyOptions", agencyChoices());
        model.addAttribute("colleagues", colleagues(meeting, user));
        return VIEW;
    }

    private List<String> savedLabels(long meetingId) {
        List<Long> agencyIds = invitees.of(meetingId).agencyIds();
        List<String> labels = new java.util.ArrayList<>(agencyChoices().stream()
                .filter(o -> agencyIds.contains(Long.parseLong(o.value())))
                .map(Option::label)
                .toList());
        labels.addAll(invitees.named(meetingId));
        return labels;
    }

    private List<Option> colleagues(MeetingView meeting, HavenPrincipal user) {
        return pages.colleagues(groups.find(meeting.groupId()).orElseThrow(), user);
    }

    private List<Option> agencyChoices() {
        return workforce.agencies().stream()
                .map(a -> new Option(String.valueOf(a.id()), a.name()))
                .toList();
    }

    private static List<Long> ids(List<String> typed, List<Option> choices) {
        return typed.stream()
                .flatMap(t -> Forms.id(t).stream())
                .filter(id -> choices.stream().anyMatch(o -> o.value().equals(String.valueOf(id))))
                .distinct()
                .toList();
    }

    private static List<String> texts(List<Long> ids) {
        return ids.stream().map(String::valueOf).toList();
    }
}
