package app.haven.meetings;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.identity.ChildAccess;
import app.haven.people.People;
import app.haven.people.PersonKind;
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
 * open the child; the others are counted), actions; building the agenda again, adding items by hand, and closing the
 * meeting as held. Shown once in the audit, with the ids of the children it showed.
 */
@Controller
class MeetingController {

    static final String VIEW = "meetings/meeting";
    static final List<Option> TOPICS = List.of(
            new Option("CHILD", "A child (give the record number)"),
            new Option("PLACE", "A place"),
            new Option("PERSON", "A person of concern"),
            new Option("THEME", "A theme"));

    private final MeetingPages pages;
    private final Minutes minutes;
    private final Agenda agenda;
    private final MeetingClosing closing;
    private final ChildAccess access;
    private final People people;
    private final AuditLog audit;

    MeetingController(
            MeetingPages pages,
            Minutes minutes,
            Agenda agenda,
            MeetingClosing closing,
            ChildAccess access,
            People people,
            AuditLog audit) {
        this.pages = pages;
        this.minutes = minutes;
        this.agenda = agenda;
        this.closing = closing;
        this.access = access;
        this.people = people;
        this.audit = audit;
    }

    @GetMapping("/meetings/{meetingId}")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String showMeeting(@PathVariable long meetingId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        return page(pages.meeting(meetingId, user), "", "", FormErrors.none(), user, model);
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
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        MeetingView meeting = pages.meeting(meetingId, user);
        FormErrors.Builder errors = FormErrors.builder();
        if (TOPICS.stream().noneMatch(o -> o.value().equals(kind))) {
            errors.field("kind", "Select what the item is about");
        } else if (kind.equals("CHILD")) {
            Optional<Long> child = Forms.id(title)
                    .filter(c -> people.find(c)
                            .filter(p -> p.kind() == PersonKind.CHILD)
                            .isPresent())
                    .filter(c -> access.canOpen(user, c));
            if (child.isEmpty()) {
                errors.field("title", "Enter the record number of a child whose record you may open");
            } else {
                agenda.addChild(meetingId, people.resolve(child.get()));
                audit.record(AuditAction.UPDATE, "meeting", meetingId, child, Optional.of("child added to agenda"));
            }
        } else {
            Forms.text(errors, "title", title, "what the item is about", 200, true);
            if (!errors.build().hasErrors()) {
                long item = agenda.addTopic(meetingId, kind, title.strip(), user.userId());
                audit.record(AuditAction.CREATE, "agenda-item", item, Optional.empty(), Optional.of("item added"));
            }
        }
        if (errors.build().hasErrors()) {
            return page(meeting, kind, title, errors.build(), user, model);
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
                    "",
                    "",
                    FormErrors.builder().form(refused.getMessage()).build(),
                    user,
                    model);
        }
        redirect.addFlashAttribute("message", "Meeting closed as held. The minutes are ready.");
        return "redirect:/meetings/" + meetingId;
    }

    private String page(
            MeetingView meeting, String kind, String title, FormErrors errors, HavenPrincipal user, Model model) {
        MinutesView shown = minutes.of(meeting, user);
        audit.listShown("meeting", "children", shown.childrenShown());
        model.addAttribute("minutes", shown);
        model.addAttribute("kind", kind);
        model.addAttribute("title", title);
        model.addAttribute("topics", TOPICS);
        model.addAttribute("errors", errors);
        model.addAttribute("canManage", MeetingPages.may(user, "MANAGE_MEETINGS"));
        return VIEW;
    }
}
