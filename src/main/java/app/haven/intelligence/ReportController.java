package app.haven.intelligence;

import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
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

/** Recording a graded report (and the links it shows), and reading one as the reader's clearance allows. */
@Controller
class ReportController {

    private final IntelligencePages pages;
    private final IntelligenceRecording recording;
    private final Reports reports;
    private final EntityQueries entities;
    private final Clock clock;

    ReportController(
            IntelligencePages pages,
            IntelligenceRecording recording,
            Reports reports,
            EntityQueries entities,
            Clock clock) {
        this.pages = pages;
        this.recording = recording;
        this.reports = reports;
        this.entities = entities;
        this.clock = clock;
    }

    @GetMapping("/intelligence/reports/new")
    @PreAuthorize("hasAuthority('RECORD_INTELLIGENCE')")
    String newReport(@RequestParam(defaultValue = "") String about, Model model) {
        String start = References.parse(about).map(r -> r.kind() + "-" + r.id()).orElse("");
        return form(ReportForm.blank(start), FormErrors.none(), model);
    }

    @PostMapping("/intelligence/reports")
    @PreAuthorize("hasAuthority('RECORD_INTELLIGENCE')")
    String recordReport(
            @RequestParam(defaultValue = "") String sourceType,
            @RequestParam(defaultValue = "") String sourceDetail,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(name = "reportedOn.day", defaultValue = "") String day,
            @RequestParam(name = "reportedOn.month", defaultValue = "") String month,
            @RequestParam(name = "reportedOn.year", defaultValue = "") String year,
            @RequestParam(defaultValue = "") String system,
            @RequestParam(defaultValue = "") String source,
            @RequestParam(defaultValue = "") String intelligence,
            @RequestParam(defaultValue = "") String handling,
            @RequestParam(defaultValue = "") String conditions,
            @RequestParam(defaultValue = "") String about,
            @RequestParam(defaultValue = "") String linkType,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        ReportForm form = new ReportForm(
                sourceType,
                sourceDetail,
                body,
                new DateParts(day, month, year),
                system,
                source,
                intelligence,
                handling,
                conditions,
                about,
                linkType);
        FormErrors.Builder errors = FormErrors.builder();
        Optional<ReportForm.Checked> checked =
                form.check(LocalDate.now(clock.withZone(ManyChildrenAlerts.LONDON)), errors);
        if (checked.isPresent()) {
            try {
                long id = recording.report(checked.get(), user);
                redirect.addFlashAttribute("message", "Report recorded as R-" + id + ".");
                return "redirect:/intelligence/reports/" + id;
            } catch (LinkRefused refused) {
                EntityController.add(errors, refused);
            }
        }
        return form(form, errors.build(), model);
    }

    @GetMapping("/intelligence/reports/{reportId}")
    @PreAuthorize("hasAuthority('VIEW_INTELLIGENCE')")
    String showReport(@PathVariable long reportId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        ReportView report = pages.report(reportId, user);
        List<EntityView> about = reports.entityIds(reportId).stream()
                .flatMap(id -> entities.visible(id, user).stream())
                .toList();
        pages.listShown(
                "intel-report",
                about.stream()
                        .filter(EntityView::child)
                        .flatMap(e -> e.personId().stream())
                        .toList());
        model.addAttribute("report", report);
        model.addAttribute("about", about);
        return "intelligence/report";
    }

    private String form(ReportForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("sources", IntelChoices.SOURCES);
        model.addAttribute("systems", IntelChoices.SYSTEMS);
        model.addAttribute("linkTypes", IntelChoices.LINK_TYPES);
        return "intelligence/newReport";
    }
}
