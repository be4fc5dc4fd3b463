package app.haven.insight;

import app.haven.audit.AuditLog;
import app.haven.identity.ChildAccess;
import app.haven.identity.SqlCondition;
import app.haven.people.People;
import app.haven.people.PersonSummary;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.MeasureSource;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A case-level user follows a number to the children behind it: only those they may open (record scope inside the
 * source's query), at most {@value #LIMIT}, audited as one list shown. Partnership analysts (aggregates only) cannot.
 */
@Controller
class ChildrenBehindController {

    static final String VIEW = "insight/children";
    static final int LIMIT = 200;

    private final Measures measures;
    private final InsightFilter filter;
    private final ChildAccess access;
    private final People people;
    private final AuditLog audit;

    ChildrenBehindController(
            Measures measures, InsightFilter filter, ChildAccess access, People people, AuditLog audit) {
        this.measures = measures;
        this.filter = filter;
        this.access = access;
        this.people = people;
        this.audit = audit;
    }

    @GetMapping("/insight/children")
    @PreAuthorize("hasAuthority('VIEW_AGGREGATES') and hasAuthority('VIEW_CHILD')")
    String showChildrenBehind(
            @RequestParam(name = "measure", defaultValue = "") String code,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String category,
            @AuthenticationPrincipal HavenPrincipal user,
            HttpServletResponse response,
            Model model) {
        Measures.Sourced measure = measures.find(code)
                .filter(m -> m.source().drills(m.code()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such measure"));
        InsightChoice choice = filter.read(user, area, period, "insight-children");
        model.addAttribute("code", measure.code());
        model.addAttribute("title", measure.measure().title());
        model.addAttribute("choice", choice);
        model.addAttribute("category", Optional.ofNullable(category));
        if (choice.errors().hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("children", List.<PersonSummary>of());
            return VIEW;
        }
        Period p = choice.periodChoice();
        List<Long> ids = measure.source()
                .childrenBehind(
                        code,
                        p.from(),
                        p.toExclusive(),
                        choice.areaChoice().areaId().orElse(null),
                        category,
                        scopeOf(user),
                        LIMIT);
        audit.listShown("insight-measure", "children", ids);
        model.addAttribute(
                "children",
                ids.stream().map(people::find).flatMap(Optional::stream).toList());
        model.addAttribute("limited", ids.size() == LIMIT);
        return VIEW;
    }

    private MeasureSource.ChildScope scopeOf(HavenPrincipal user) {
        return column -> {
            SqlCondition condition = access.visibleChildren(user, column);
            return new MeasureSource.ChildScope.Condition(condition.sql(), condition.parameters());
        };
    }
}
