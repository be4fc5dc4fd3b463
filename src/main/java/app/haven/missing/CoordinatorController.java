package app.haven.missing;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.identity.ChildAccess;
import app.haven.identity.Workforce;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.Option;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The missing coordinator's view of an area: figures, the episodes that need attention, and a CSV of them. */
@Controller
class CoordinatorController {

    static final String VIEW = "missing/coordinator";

    private final CoordinatorView view;
    private final CoordinatorFiguresQuery figures;
    private final Workforce workforce;
    private final ChildAccess access;
    private final AuditLog audit;

    CoordinatorController(
            CoordinatorView view,
            CoordinatorFiguresQuery figures,
            Workforce workforce,
            ChildAccess access,
            AuditLog audit) {
        this.view = view;
        this.figures = figures;
        this.workforce = workforce;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/missing")
    @PreAuthorize("hasAuthority('COORDINATE_MISSING')")
    String showCoordinatorView(
            @RequestParam(required = false) String area,
            @RequestParam(defaultValue = "") String show,
            @RequestParam(defaultValue = "") String category,
            @RequestParam(defaultValue = "") String risk,
            @RequestParam(defaultValue = "") String sort,
            @RequestParam(defaultValue = "1") String page,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model) {
        List<Workforce.Area> areas = workforce.areasOf(user);
        CoordinatorFilter filter = filter(area, show, category, risk, sort, page, areas);
        List<Long> areaIds = areas.stream().map(Workforce.Area::id).toList();
        List<Long> shown =
                filter.areaId().filter(areaIds::contains).map(List::of).orElse(areaIds);
        CoordinatorPage result = view.page(filter, areaIds, user);
        // The rows name children and their episodes: one audit entry names the episodes shown, as the register does.
        audit.listShown(
                "missing-coordinator-view",
                "episodes",
                result.rows().stream().map(CoordinatorRow::episodeId).toList());
        model.addAttribute("filter", filter);
        model.addAttribute("result", result);
        model.addAttribute(
                "figures",
                access.seesEveryChildIn(user, shown) && !shown.isEmpty()
                        ? Optional.of(figures.forAreas(shown))
                        : Optional.<CoordinatorFigures>empty());
        List<Option> areaOptions = new ArrayList<>();
        if (areas.size() > 1) {
            areaOptions.add(new Option("", "All areas"));
        }
        areas.forEach(a -> areaOptions.add(new Option(String.valueOf(a.id()), a.name())));
        model.addAttribute("areas", areaOptions);
        model.addAttribute("shows", CoordinatorFilter.SHOWS);
        model.addAttribute("categories", withAny(MissingChoices.CATEGORIES, "Any category"));
        model.addAttribute("grades", withAny(MissingChoices.GRADES, "Any risk"));
        model.addAttribute("sorts", CoordinatorFilter.SORTS);
        return VIEW;
    }

    @GetMapping("/missing/episodes.csv")
    @PreAuthorize("hasAuthority('COORDINATE_MISSING')")
    void exportCoordinatorView(
            @RequestParam(required = false) String area,
            @RequestParam(defaultValue = "") String show,
            @RequestParam(defaultValue = "") String category,
            @RequestParam(defaultValue = "") String risk,
            @RequestParam(defaultValue = "") String sort,
            @AuthenticationPrincipal HavenPrincipal user,
            HttpServletResponse response)
            throws IOException {
        List<Workforce.Area> areas = workforce.areasOf(user);
        CoordinatorFilter filter = filter(area, show, category, risk, sort, "1", areas);
        audit.record(
                AuditAction.EXPORT, "missing-coordinator-view", 0, Optional.empty(), Optional.of(filter.basePath("")));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"missing-episodes.csv\"");
        PrintWriter out = response.getWriter();
        out.print(Csv.line(List.of(
                "Child id",
                "Child",
                "Area",
                "Category",
                "Started",
                "Returned",
                "Police risk",
                "Return home interview",
                "Interview overdue",
                "Episodes in 90 days")));
        view.each(
                filter,
                areas.stream().map(Workforce.Area::id).toList(),
                user,
                row -> out.print(Csv.line(List.of(
                        String.valueOf(row.childId()),
                        row.child(),
                        row.area(),
                        row.category(),
                        row.started(),
                        row.returned(),
                        row.risk(),
                        row.interview(),
                        row.interviewOverdue() ? "Yes" : "No",
                        String.valueOf(row.episodesIn90Days())))));
        if (out.checkError()) {
            throw new UncheckedIOException(new IOException("the CSV could not be written"));
        }
    }

    private static CoordinatorFilter filter(
            String area,
            String show,
            String category,
            String risk,
            String sort,
            String page,
            List<Workforce.Area> areas) {
        String chosen = area != null
                ? area
                : areas.size() == 1 ? String.valueOf(areas.get(0).id()) : "";
        int number = page.matches("[0-9]{1,6}") ? Integer.parseInt(page) : 1;
        return new CoordinatorFilter(chosen, show, category, risk, sort, number);
    }

    private static List<Option> withAny(List<Option> options, String any) {
        List<Option> all = new ArrayList<>(List.of(new Option("", any)));
        all.addAll(options);
        return all;
    }
}
