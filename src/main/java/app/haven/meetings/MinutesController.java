package app.haven.meetings;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.audit.ShownIds;
import app.haven.platform.HavenPrincipal;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A meeting's minutes, to read or print (a page) and to send (a PDF). Each child's section is in them only for a
 * reader who may open that child. The PDF is an export: audited as such, once, with the children it held.
 */
@Controller
class MinutesController {

    static final String VIEW = "meetings/minutes";

    private final MeetingPages pages;
    private final Minutes minutes;
    private final AuditLog audit;

    MinutesController(MeetingPages pages, Minutes minutes, AuditLog audit) {
        this.pages = pages;
        this.minutes = minutes;
        this.audit = audit;
    }

    @GetMapping("/meetings/{meetingId}/minutes")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String showMinutes(@PathVariable long meetingId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        MinutesView shown = minutes.of(pages.meeting(meetingId, user), user);
        audit.listShown("meeting-minutes", "children", shown.childrenShown());
        model.addAttribute("minutes", shown);
        return VIEW;
    }

    @GetMapping("/meetings/{meetingId}/minutes.pdf")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    ResponseEntity<byte[]> exportMinutes(@PathVariable long meetingId, @AuthenticationPrincipal HavenPrincipal user) {
        MinutesView shown = minutes.of(pages.meeting(meetingId, user), user);
        audit.record(
                AuditAction.EXPORT,
                "meeting-minutes",
                meetingId,
                shown.meeting().childId(),
                Optional.of("minutes PDF: " + ShownIds.describe("children", shown.childrenShown())));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("minutes-" + meetingId + ".pdf")
                                .build()
                                .toString())
                .body(MinutesPdf.render(shown, user.displayName()));
    }
}
