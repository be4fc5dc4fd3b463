package app.haven.screening;

import app.haven.audit.AuditLog;
import app.haven.people.People;
import app.haven.people.PersonSummary;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import app.haven.screening.banding.ToolDefinition;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** A child's screenings and their trajectory; starting one; its result and PDF. Drafts are {@link DraftController}. */
@Controller
class ScreeningController {

    static final String TRAJECTORY_VIEW = "screening/trajectory";

    private final People people;
    private final ScreeningPages pages;
    private final ScreeningTools tools;
    private final Screenings screenings;
    private final ScreeningQueries queries;
    private final AuditLog audit;
    private final ResultPage resultPage;
    private final BandOverrides overrides;

    ScreeningController(
            People people,
            ScreeningPages pages,
            ScreeningTools tools,
            Screenings screenings,
            ScreeningQueries queries,
            AuditLog audit,
            ResultPage resultPage,
            BandOverrides overrides) {
        this.people = people;
        this.pages = pages;
        this.tools = tools;
        this.screenings = screenings;
        this.queries = queries;
        this.audit = audit;
        this.resultPage = resultPage;
        this.overrides = overrides;
    }

    @GetMapping("/children/{childId}/screenings")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String showTrajectory(@PathVariable long childId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        PersonSummary child = child(childId, user);
        audit.childRecordViewed(child.id(), "screenings", child.id());
        List<Long> ids = people.recordIds(child.id());
        List<TrajectoryRow> rows = Trajectory.rows(queries.completedFor(ids), tools, overrides::standing);
        model.addAttribute("child", child);
        model.addAttribute("rows", rows);
        model.addAttribute("chart", rows.isEmpty() ? "" : Trajectory.chart(rows));
        model.addAttribute("drafts", queries.draftsFor(ids));
        model.addAttribute("tools", tools.latest());
        return TRAJECTORY_VIEW;
    }

    @PostMapping("/children/{childId}/screenings")
    @PreAuthorize("hasAuthority('SCREEN')")
    String startScreening(
            @PathVariable long childId,
            @RequestParam(defaultValue = "") String tool,
            @AuthenticationPrincipal HavenPrincipal user) {
        PersonSummary child = child(childId, user);
        ToolDefinition chosen = tools.latest().stream()
                .filter(t -> t.id().equals(tool))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown tool"));
        return "redirect:/screenings/" + screenings.start(child.id(), chosen, user);
    }

    @GetMapping("/screenings/{id}/result")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String showResult(@PathVariable long id, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        ScreeningRecord screening = screening(id, user);
        if (screening.isDraft()) {
            return "redirect:/screenings/" + id;
        }
        audit.childRecordViewed(screening.childId(), "screening", id);
        return resultPage.show(screening, FormErrors.none(), "", "", model);
    }

    @GetMapping("/screenings/{id}/pdf")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    org.springframework.http.ResponseEntity<byte[]> downloadPdf(
            @PathVariable long id, @AuthenticationPrincipal HavenPrincipal user) {
        ScreeningRecord screening = screening(id, user);
        if (screening.isDraft()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        audit.record(
                app.haven.audit.AuditAction.PRINT,
                "screening",
                id,
                java.util.Optional.of(screening.childId()),
                java.util.Optional.empty());
        byte[] pdf = ScreeningPdf.render(
                people.find(screening.childId()).orElseThrow(),
                screening,
                tool(screening),
                overrides.forScreening(id),
                overrides.standingBand(screening, tool(screening)),
                user.displayName() + ", " + user.agencyName());
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"screening-" + id + ".pdf\"")
                .header("Cache-Control", "no-store")
                .body(pdf);
    }

    private ScreeningRecord screening(long id, HavenPrincipal user) {
        return pages.screening(id, user);
    }

    private ToolDefinition tool(ScreeningRecord screening) {
        return pages.tool(screening);
    }

    private PersonSummary child(long childId, HavenPrincipal user) {
        return pages.child(childId, user);
    }
}
