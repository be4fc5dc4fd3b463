package app.haven.insight;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The annual strategy report for a year and area, as a page and as a PDF (audited as printed). */
@Controller
class StrategyReportController {

    static final String VIEW = "insight/report";

    private final StrategyReport report;
    private final InsightFilter filter;
    private final AuditLog audit;
    private final Clock clock;

    StrategyReportController(StrategyReport report, InsightFilter filter, AuditLog audit, Clock clock) {
        this.report = report;
        this.filter = filter;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/insight/report")
    @PreAuthorize("hasAuthority('VIEW_AGGREGATES')")
    String showReport(
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String period,
            @AuthenticationPrincipal HavenPrincipal user,
            org.springframework.security.core.Authentication authentication,
            HttpServletResponse response,
            Model model) {
        InsightChoice choice = filter.read(user, area, period, "insight-report");
        model.addAttribute("choice", choice);
        model.addAttribute("areas", filter.areaOptions(user));
        model.addAttribute("periods", filter.periodOptions());
        if (choice.errors().hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("sentences", List.<String>of());
            model.addAttribute("canProfile", false);
            return VIEW;
        }
        model.addAttribute(
                "canProfile",
                choice.areaChoice().areaId().isPresent()
                        && authentication.getAuthorities().stream()
                                .anyMatch(a -> "VIEW_INTELLIGENCE".equals(a.getAuthority())));
        model.addAttribute("sentences", report.sentences(choice.areaChoice(), choice.periodChoice()));
        return VIEW;
    }

    @GetMapping("/insight/report.pdf")
    @PreAuthorize("hasAuthority('VIEW_AGGREGATES')")
    ResponseEntity<byte[]> printReport(
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String period,
            @AuthenticationPrincipal HavenPrincipal user) {
        InsightChoice choice = filter.read(user, area, period, "insight-report");
        if (choice.errors().hasErrors()) {
            return ResponseEntity.badRequest()
                    .contentType(MediaType.TEXT_PLAIN)
                    .body(choice.errors().items().get(0).message().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        String title = "Strategy report: " + choice.areaName() + ", " + choice.periodLabel();
        byte[] pdf = StrategyReportPdf.render(
                title,
                InsightViews.asAt(clock.instant()),
                report.sentences(choice.areaChoice(), choice.periodChoice()),
                user.displayName());
        audit.record(AuditAction.PRINT, "insight-report", 0, Optional.empty(), Optional.of(title));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"strategy-report-" + choice.areaValue() + "-" + choice.periodValue()
                                + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf);
    }
}
