package app.haven.insight;

import app.haven.platform.HavenPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** A measure's drill-down: its trend (chart and table), its breakdowns, and the whole partnership by area. */
@Controller
class MeasureController {

    static final String VIEW = "insight/measure";

    private final Measures measures;
    private final MeasureTables tables;
    private final InsightFilter filter;
    private final CountedFigures figures;

    MeasureController(Measures measures, MeasureTables tables, InsightFilter filter, CountedFigures figures) {
        this.measures = measures;
        this.tables = tables;
        this.filter = filter;
        this.figures = figures;
    }

    @GetMapping("/insight/measure")
    @PreAuthorize("hasAuthority('VIEW_AGGREGATES')")
    String showMeasure(
            @RequestParam(defaultValue = "") String code,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String period,
            @AuthenticationPrincipal HavenPrincipal user,
            Authentication authentication,
            HttpServletResponse response,
            Model model) {
        Measures.Sourced measure = measures.find(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such measure"));
        InsightChoice choice = filter.read(user, area, period, "insight-measure");
        model.addAttribute("choice", choice);
        model.addAttribute("areas", filter.areaOptions(user));
        model.addAttribute("periods", filter.periodOptions());
        model.addAttribute("measure", measure.measure());
        model.addAttribute("code", measure.code());
        model.addAttribute("title", measure.measure().title());
        model.addAttribute("canDrill", canOpenChildren(authentication));
        if (choice.errors().hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("page", Optional.empty());
            return VIEW;
        }
        model.addAttribute("page", Optional.of(page(measure, choice.areaChoice(), choice.periodChoice(), user)));
        return VIEW;
    }

    private MeasurePage page(Measures.Sourced measure, AreaChoice area, Period period, HavenPrincipal user) {
        List<Measures.Sourced> shown = new ArrayList<>(List.of(measure));
        measures.all().stream()
                .filter(m -> m.code().startsWith(measure.code() + "."))
                .forEach(shown::add);
        // Every figure of the page with one read: the trend's periods include this one and the one before it, which
        // the breakdowns show.
        figures.read(shown, MeasureTables.trendPeriods(period));
        MeasureTable trend = tables.trend(measure, area, period);
        String chart = BarChart.svg(
                "trend-chart",
                trend.caption(),
                trend.rows().stream()
                        .map(r -> BarChart.Bar.of(r.label(), r.cells().get(0)))
                        .toList());
        List<MeasurePage.Breakdown> breakdowns = new ArrayList<>();
        breakdowns.add(breakdown(measure, "All " + measure.measure().unit(), area, period));
        shown.stream()
                .skip(1)
                .forEach(m -> breakdowns.add(breakdown(
                        m,
                        m.measure()
                                .title()
                                .replace(measure.measure().title(), "")
                                .trim(),
                        area,
                        period)));
        Optional<MeasureTable> byArea = area.areaId().isEmpty()
                ? Optional.of(tables.areas(measure, period, filter.areasOf(user)))
                : Optional.empty();
        return new MeasurePage(
                measure.measure(),
                Priority.numbered(measure.measure().priority()).orElse(Priority.EARLY_IDENTIFICATION),
                trend,
                chart,
                breakdowns,
                byArea,
                figures.of(measure, period).asAt(),
                measure.source().drills(measure.code()));
    }

    /** Case-level users may follow figures to children; partnership analysts (aggregates only) may not. */
    static boolean canOpenChildren(Authentication authentication) {
        return authentication.getAuthorities().stream().anyMatch(a -> "VIEW_CHILD".equals(a.getAuthority()));
    }

    private MeasurePage.Breakdown breakdown(Measures.Sourced m, String title, AreaChoice area, Period period) {
        return new MeasurePage.Breakdown(
                m.code(), title, tables.categories(m, area, period), m.source().drills(m.code()));
    }
}
