package app.haven.meetings;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
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
 * A meeting's page: when and where, attendance and the quorum, the agenda (each child's item only for readers who may
 * open the child; the others are counted), invitees, actions; building the agenda again, adding items by hand (a
 * child, a person of concern or place from intelligence, a theme), and closing the meeting as held. Shown once in the audit, with the ids of the children it showed.
 * Opening it clears the reader's invitation notice, if they were named as an invitee ({@link Invitations}).
 */
@Controller
class MeetingController {

    static final String VIEW = "meetings/meeting";

    private final MeetingPages pages;
    private final Minutes minutes;
    private final Agenda agenda;
    private final MeetingClosing closing;
    private final AgendaAdditions additions;
    private final Invitees invitees;
    private final Invitations invitations;
    private final AuditLog audit;

    MeetingController(
            MeetingPages pages,
            Minutes minutes,
            Agenda agenda,
            MeetingClosing closing,
            AgendaAdditions additions,
            Invitees invitees,
            Invitations invitations,
            AuditLog audit) {
        this.pages = pages;
        this.minutes = minutes;
        this.agenda = agenda;
        this.closing = closing;
        this.additions = additions;
        this.invitees = invitees;
        this.invitations = invitations;
        this.audit = audit;
    }

    @GetMapping("/meetings/{meetingId}")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String showMeeting(@PathVariable long meetingId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        MeetingView meeting = pages.meeting(meetingId, user);
        invitations.seen(meetingId, user.userId());
        return page(meeting, AgendaAddition.BLANK, FormErrors.none(), user, model);
    }

    @PostMapping("/meetings/{meetingId}/agenda")
    @PreAuthorize("hasAuthority('MANAGE_MEETINGS')")
    String buildAgenda(
            @PathVariable long meetingId, @AuthenticationPrincipal HavenPrincipal user, RedirectAttributes redirect) {
        MeetingView meeting = pages.meeting(meetingId, user);
        int children = agenda.build(meeting);
        audit.record(AuditAction.UPDATE, "meeting", meetingId, meeting.childId(), Optional.of("agenda built"));
        redirect.addFlashAttribute("message", "Agenda built again: " + children + " children listed");
        return "redirect:/meetings/" + meetingId;
    }

    @PostMapping("/meetings/{meetingId}/items")
    @PreAuthorize("hasAuthority('MANAGE_MEETINGS')")
    String addItem(
            @PathVariable long meetingId,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String entity,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        MeetingView meeting = pages.meeting(meetingId, user);
        FormErrors.Builder errors = FormErrors.builder();
        AgendaAddition typed = new AgendaAddition(kind, title, entity);
        if (meeting.held()) {
            errors.form("This meeting has been closed as held: its agenda can no longer change.");
        } else {
            additions.add(meeting, typed, user, errors);
        }
        if (errors.build().hasErrors()) {
            return page(meeting, typed, errors.build(), user, model);
        }
        redirect.addFlashAttribute("message", "Item added to the agenda");
        return "redirect:/meetings/" + meetingId + "#agenda";
    }

    @PostMapping("/meetings/{meetingId}/close")
    @PreAuthorize("hasAuthority('MANAGE_MEETINGS')")
    String closeMeeting(
            @PathVariable long meetingId,
            @RequestParam(defaultValue = "-1") int version,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        MeetingView meeting = pages.meeting(meetingId, user);
        try {
            closing.close(meeting, version, user);
        } catch (MeetingRefused refused) {
            return page(
                    meeting,
                    AgendaAddition.BLANK,
                    FormErrors.builder().form(refused.getMessage()).build(),
                    user,
                    model);
        }
        redirect.addFlashAttribute("message", "Meeting closed as held. The minutes are ready.");
        return "redirect:/meetings/" + meetingId;
    }

    private String page(
            MeetingView meeting, AgendaAddition typed, FormErrors errors, HavenPrincipal user, Model model) {
        MinutesView shown = minutes.of(meeting, user);
        audit.listShown("meeting", "children", shown.childrenShown());
        model.addAttribute("minutes", shown);
        model.addAttribute("typed", typed);
        model.addAttribute("topics", AgendaAdditions.TOPICS);
        model.addAttribute("invitedPeople", invitees.named(meeting.id()));
        model.addAttribute(
                "entityChoices",
                MeetingPages.may(user, "MANAGE_MEETINGS") && !meeting.held()
                        ? additions.entityChoices(user)
                        : List.<Option>of());
        model.addAttribute("errors", errors);
        model.addAttribute("canManage", MeetingPages.may(user, "MANAGE_MEETINGS"));
        return VIEW;
    }
}
