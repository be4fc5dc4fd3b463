package app.haven.missing;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.identity.Workforce;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.Option;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The SSDA903 missing table for an area and collection year, as CSV: checked first, and refused with the breaking rows
 * named when any row breaks the rules; otherwise streamed.
 */
@Controller
class StatutoryReturnController {

    static final String VIEW = "missing/return";

    private final StatutoryReturn statutoryReturn;
    private final Workforce workforce;
    private final AuditLog audit;
    private final Clock clock;

    StatutoryReturnController(StatutoryReturn statutoryReturn, Workforce workforce, AuditLog audit, Clock clock) {
        this.statutoryReturn = statutoryReturn;
        this.workforce = workforce;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/missing/ssda903")
    @PreAuthorize("hasAuthority('COORDINATE_MISSING')")
    String showReturn(@AuthenticationPrincipal HavenPrincipal user, Model model) {
        return page(user, model, Optional.empty(), "", "");
    }

    @GetMapping("/missing/ssda903.csv")
    @PreAuthorize("hasAuthority('COORDINATE_MISSING')")
    String exportReturn(
            @RequestParam(defaultValue = "") String year,
            @RequestParam(defaultValue = "") String area,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            HttpServletResponse response)
            throws IOException {
        // One area, or every area the user covers (a return made for several councils at once).
        List<Long> areas = workforce.areasOf(user).stream()
                .map(Workforce.Area::id)
                .filter(id -> area.isEmpty() || String.valueOf(id).equals(area))
                .toList();
        if (areas.isEmpty() || years().stream().noneMatch(o -> o.value().equals(year))) {
            return page(user, model, Optional.empty(), year, area);
        }
        int start = Integer.parseInt(year);
        StatutoryReturn.Checked checked = statutoryReturn.check(start, areas, user);
        if (!checked.passes()) {
            response.setStatus(422);
            return page(user, model, Optional.of(checked), year, area);
        }
        audit.record(
                AuditAction.EXPORT,
                "ssda903-missing",
                areas.size() == 1 ? areas.get(0) : 0,
                Optional.empty(),
                Optional.of("year " + year + ", areas " + areas));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"ssda903-missing-" + year + "-" + area + ".csv\"");
        statutoryReturn.write(start, areas, user, response.getWriter());
        response.getWriter().flush();
        return null;
    }

    private String page(
            HavenPrincipal user, Model model, Optional<StatutoryReturn.Checked> refused, String year, String area) {
        List<Option> areas = new ArrayList<>();
        List<Workforce.Area> covered = workforce.areasOf(user);
        if (covered.size() > 1) {
            areas.add(new Option("", "All my areas"));
        }
        covered.forEach(a -> areas.add(new Option(String.valueOf(a.id()), a.name())));
        model.addAttribute("areas", areas);
        model.addAttribute("years", years());
        model.addAttribute("year", year.isEmpty() ? years().get(1).value() : year);
        model.addAttribute("area", area);
        model.addAttribute(
                "refused", refused.map(StatutoryReturn.Checked::breaches).orElse(List.of()));
        model.addAttribute(
                "breachCount", refused.map(StatutoryReturn.Checked::breachCount).orElse(0));
        return VIEW;
    }

    /** The current collection year and the five before it, newest first ("2026 to 2027" is value 2026). */
    private List<Option> years() {
        LocalDate today = MissingDates.today(clock);
        int current = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        List<Option> years = new ArrayList<>();
        for (int y = current; y > current - 6; y--) {
            years.add(new Option(String.valueOf(y), "1 April " + y + " to 31 March " + (y + 1)));
        }
        return years;
    }
}
