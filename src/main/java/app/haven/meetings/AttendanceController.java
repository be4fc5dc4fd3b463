package app.haven.meetings;

import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Taking a meeting's attendance: each invited agency present (with who came), sent apologies, or absent. */
@Controller
class AttendanceController {

    static final String VIEW = "meetings/attendance";
    static final List<Option> STATUSES = List.of(
            new Option("PRESENT", "Present"), new Option("APOLOGIES", "Apologies"), new Option("ABSENT", "Absent"));

    private final MeetingPages pages;
    private final MeetingQueries queries;
    private final Meetings meetings;
    private final MeetingSettings settings;

    AttendanceController(MeetingPages pages, MeetingQueries queries, Meetings meetings, MeetingSettings settings) {
        this.pages = pages;
        this.queries = queries;
        this.meetings = meetings;
        this.settings = settings;
    }

    @GetMapping("/meetings/{meetingId}/attendance")
    @PreAuthorize("hasAuthority('MANAGE_MEETINGS')")
    String showAttendance(@PathVariable long meetingId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        MeetingView meeting = pages.meeting(meetingId, user);
        return page(meeting, queries.attendance(meetingId), meeting.version(), FormErrors.none(), model);
    }

    @PostMapping("/meetings/{meetingId}/attendance")
    @PreAuthorize("hasAuthority('MANAGE_MEETINGS')")
    String takeAttendance(
            @PathVariable long meetingId,
            @RequestParam Map<String, String> posted,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        MeetingView meeting = pages.meeting(meetingId, user);
        List<AttendanceRow> invited = queries.attendance(meetingId);
        FormErrors.Builder errors = FormErrors.builder();
        Map<Long, Meetings.Attendance> taken = new LinkedHashMap<>();
        List<AttendanceRow> typed = invited.stream()
                .map(row -> {
                    String status = posted.getOrDefault("status-" + row.agencyId(), "");
                    String names =
                            posted.getOrDefault("names-" + row.agencyId(), "").strip();
                    if (STATUSES.stream().noneMatch(o -> o.value().equals(status))) {
                        errors.field("status-" + row.agencyId(), "Select whether " + row.agency() + " attended");
                    }
                    Forms.text(errors, "names-" + row.agencyId(), names, "the names", 400, false);
                    taken.put(row.agencyId(), new Meetings.Attendance(status, names));
                    return new AttendanceRow(row.agencyId(), row.agency(), status, names);
                })
                .toList();
        int version = Forms.version(posted.get("version"));
        if (meeting.held()) {
            errors.form("This meeting has been closed as held: its attendance can no longer change.");
        }
        if (errors.build().hasErrors()) {
            return page(meeting, typed, version, errors.build(), model);
        }
        try {
            meetings.takeAttendance(meeting, taken, version, user);
        } catch (MeetingRefused refused) {
            return page(
                    meeting,
                    typed,
                    meeting.version(),
                    FormErrors.builder().form(refused.getMessage()).build(),
                    model);
        }
        Quorum quorum = Quorum.of(
                taken.values().stream().map(Meetings.Attendance::status).toList(),
                settings.current().quorumAgencies());
        redirect.addFlashAttribute(
                "message", quorum.met() ? "Attendance taken" : "Attendance taken. " + quorum.warning());
        return "redirect:/meetings/" + meetingId;
    }

    private String page(MeetingView meeting, List<AttendanceRow> rows, int version, FormErrors errors, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("rows", rows);
        model.addAttribute("version", version);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("errors", errors);
        return VIEW;
    }
}
