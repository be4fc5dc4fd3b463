package app.haven.screening;

import app.haven.audit.AuditLog;
import app.haven.identity.ChildAccess;
import app.haven.identity.OutsideRecordScope;
import app.haven.people.People;
import app.haven.people.PersonKind;
import app.haven.people.PersonSummary;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import app.haven.screening.banding.ToolDefinition;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A child's screenings and their trajectory; starting, saving, submitting one; its result. */
@Controller
class ScreeningController {

    static final String TRAJECTORY_VIEW = "screening/trajectory";
    static final String FORM_VIEW = "screening/form";

    private final People people;
    private final ChildAccess access;
    private final ScreeningTools tools;
    private final Screenings screenings;
    private final ScreeningQueries queries;
    private final AuditLog audit;
    private final ResultPage resultPage;
    private final BandOverrides overrides;
    private final Clock clock;

    ScreeningController(
            People people,
            ChildAccess access,
            ScreeningTools tools,
            Screenings screenings,
            ScreeningQueries queries,
            AuditLog audit,
            ResultPage resultPage,
            BandOverrides overrides,
            Clock clock) {
        this.people = people;
        this.access = access;
        this.tools = tools;
        this.screenings = screenings;
        this.queries = queries;
        this.audit = audit;
        this.resultPage = resultPage;
        this.overrides = overrides;
        this.clock = clock;
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

    @GetMapping("/screenings/{id}")
    @PreAuthorize("hasAuthority('SCREEN')")
    String showScreening(@PathVariable long id, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        ScreeningRecord screening = screening(id, user);
        if (!screening.isDraft()) {
            return "redirect:/screenings/" + id + "/result";
        }
        audit.childRecordViewed(screening.childId(), "screening", id);
        return form(screening, screening.form(), FormErrors.none(), model);
    }

    @PostMapping("/screenings/{id}")
    @PreAuthorize("hasAuthority('SCREEN')")
    String saveScreening(
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        ScreeningRecord screening = screening(id, user);
        if (!screening.isDraft()) {
            return "redirect:/screenings/" + id + "/result";
        }
        ToolDefinition tool = tool(screening);
        Set<String> unknown = new HashSet<>();
        ScreeningForm form = ScreeningForm.from(params, tool, unknown);
        LocalDate today = LocalDate.now(clock);
        FormErrors shape = form.checkShape(tool, today).build();
        if (!unknown.isEmpty()) {
            shape = FormErrors.builder()
                    .form(
                            "The form had answers to questions this tool does not ask. Nothing was saved: reload the page.")
                    .build();
        }
        if (shape.hasErrors()) {
            audit.childRecordViewed(screening.childId(), "screening", id);
            return form(screening, form, shape, model);
        }
        if (!"submit".equals(params.get("action"))) {
            screenings.saveDraft(screening, form);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/screenings/" + id;
        }
        FormErrors complete = form.checkComplete(tool, today);
        if (complete.hasErrors()) {
            screenings.saveDraft(screening, form);
            return form(screening, form, complete, model);
        }
        screenings.submit(screening, form, tool, user);
        return "redirect:/screenings/" + id + "/result";
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
                user.displayName() + ", " + user.agencyName());
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"screening-" + id + ".pdf\"")
                .header("Cache-Control", "no-store")
                .body(pdf);
    }

    private String form(ScreeningRecord screening, ScreeningForm form, FormErrors errors, Model model) {
        model.addAttribute("screening", screening);
        model.addAttribute("tool", tool(screening));
        model.addAttribute("child", people.find(screening.childId()).orElseThrow());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return FORM_VIEW;
    }

    private ScreeningRecord screening(long id, HavenPrincipal user) {
        ScreeningRecord screening =
                queries.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        child(screening.childId(), user);
        return screening;
    }

    private ToolDefinition tool(ScreeningRecord screening) {
        return tools.get(screening.toolId(), screening.toolVersion()).orElseThrow();
    }

    /** The child, if the user may open their record: otherwise 404 for no such child, 403 outside scope. */
    private PersonSummary child(long childId, HavenPrincipal user) {
        PersonSummary child = people.find(childId)
                .filter(p -> p.kind() == PersonKind.CHILD)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!access.canOpen(user, child.id())) {
            throw OutsideRecordScope.child(child.id());
        }
        return child;
    }
}
