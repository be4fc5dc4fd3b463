package app.haven.referrals;

import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Managers search the information-sharing log; the result is audited once with the decisions shown. */
@Controller
class SharingSearchController {

    private final SharingSearch search;
    private final AuditLog audit;

    SharingSearchController(SharingSearch search, AuditLog audit) {
        this.search = search;
        this.audit = audit;
    }

    @GetMapping("/sharing-decisions")
    @PreAuthorize("hasAuthority('SEARCH_SHARING_LOG')")
    String searchLog(
            @RequestParam(name = "from.day", defaultValue = "") String fromDay,
            @RequestParam(name = "from.month", defaultValue = "") String fromMonth,
            @RequestParam(name = "from.year", defaultValue = "") String fromYear,
            @RequestParam(name = "to.day", defaultValue = "") String toDay,
            @RequestParam(name = "to.month", defaultValue = "") String toMonth,
            @RequestParam(name = "to.year", defaultValue = "") String toYear,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String consent,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model) {
        DateParts from = new DateParts(fromDay, fromMonth, fromYear);
        DateParts to = new DateParts(toDay, toMonth, toYear);
        FormErrors.Builder errors = FormErrors.builder();
        if (!from.isBlank() && from.toDate().isEmpty()) {
            errors.date("from", "The start of the period must be a real date");
        }
        if (!to.isBlank() && to.toDate().isEmpty()) {
            errors.date("to", "The end of the period must be a real date");
        }
        List<SharingDecisionView> found = List.of();
        if (!errors.build().hasErrors()) {
            found = search.search(
                    new SharingSearch.Filter(
                            from.toDate(),
                            to.toDate(),
                            switch (decision) {
                                case "shared" -> Optional.of(true);
                                case "not-shared" -> Optional.of(false);
                                default -> Optional.empty();
                            },
                            "without".equals(consent)),
                    user);
            audit.listShown(
                    "sharing-decision",
                    "sharing decisions",
                    found.stream().map(SharingDecisionView::id).toList());
        }
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("decision", decision);
        model.addAttribute("consent", consent);
        model.addAttribute("errors", errors.build());
        model.addAttribute("found", found);
        model.addAttribute("limit", SharingSearch.LIMIT);
        return "referrals/sharingSearch";
    }
}
