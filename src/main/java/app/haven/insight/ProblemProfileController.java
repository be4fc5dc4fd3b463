package app.haven.insight;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An area's problem profile as a PDF, for those who read both the board's figures and intelligence; printed once per
 * request and audited as printed. A period that does not exist, an area outside the user's, or the whole partnership
 * (a profile is of one area) is refused in words.
 */
@Controller
class ProblemProfileController {

    private final ProblemProfile profile;
    private final InsightFilter filter;
    private final AuditLog audit;
    private final Clock clock;

    ProblemProfileController(ProblemProfile profile, InsightFilter filter, AuditLog audit, Clock clock) {
        this.profile = profile;
        this.filter = filter;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/insight/profile.pdf")
    @PreAuthorize("hasAuthority('VIEW_AGGREGATES') and hasAuthority('VIEW_INTELLIGENCE')")
    ResponseEntity<byte[]> printProfile(
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String period,
            @AuthenticationPrincipal HavenPrincipal user) {
        InsightChoice choice = filter.read(user, area, period, "insight-problem-profile");
        if (choice.errors().hasErrors()) {
            return refused(choice.errors().items().get(0).message());
        }
        Optional<Long> areaId = choice.areaChoice().areaId();
        if (areaId.isEmpty()) {
            return refused("Choose one area: a problem profile is of one area");
        }
        String title = "Problem profile: " + choice.areaName() + ", " + choice.periodLabel();
        byte[] pdf = ProblemProfilePdf.render(
                title,
                InsightViews.asAt(clock.instant()),
                profile.tables(areaId.get(), choice.areaChoice(), choice.periodChoice(), user),
                user.displayName());
        audit.record(AuditAction.PRINT, "insight-problem-profile", areaId.get(), Optional.empty(), Optional.of(title));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"problem-profile-" + choice.areaValue() + "-" + choice.periodValue()
                                + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf);
    }

    private static ResponseEntity<byte[]> refused(String message) {
        return ResponseEntity.badRequest()
                .contentType(MediaType.TEXT_PLAIN)
                .body(message.getBytes(StandardCharsets.UTF_8));
    }
}
