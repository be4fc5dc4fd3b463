package app.haven.insight;

import app.haven.platform.HavenPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The board's dashboard: one priority's measures for an area and period, against the previous period and baseline. */
@Controller
class InsightController {

    static final String VIEW = "insight/dashboard";

    private final Dashboard dashboard;
    private final InsightFilter filter;
    private final CountedFigures figures;
    private final Measures measures;

    InsightController(Dashboard dashboard, InsightFilter filter, CountedFigures figures, Measures measures) {
        this.dashboard = dashboard;
        this.filter = filter;
        this.figures = figures;
        this.measures = measures;
    }

    @GetMapping("/insight")
    @PreAuthorize("hasAuthority('VIEW_AGGREGATES')")
    String showDashboard(
            @RequestParam(defaultValue = "1") String priority,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String period,
            @AuthenticationPrincipal HavenPrincipal user,
            HttpServletResponse response,
            Model model) {
        Priority chosen = priority.matches("[1-4]")
                ? Priority.numbered(Integer.parseInt(priority)).orElseThrow()
                : Priority.EARLY_IDENTIFICATION;
        InsightChoice choice = filter.read(user, area, period, "insight-dashboard");
        model.addAttribute("priority", chosen);
        model.addAttribute("priorities", Arrays.asList(Priority.values()));
        model.addAttribute("choice", choice);
        model.addAttribute("areas", filter.areaOptions(user));
        model.addAttribute("periods", filter.periodOptions());
        if (choice.errors().hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("lines", List.<DashboardLine>of());
            model.addAttribute("asAt", Optional.empty());
            return VIEW;
        }
        model.addAttribute("lines", dashboard.lines(chosen, choice.areaChoice(), choice.periodChoice()));
        model.addAttribute(
                "asAt",
                measures.of(chosen).stream()
                        .findFirst()
                        .map(m -> figures.of(m, choice.periodChoice()).asAt()));
        return VIEW;
    }
}
