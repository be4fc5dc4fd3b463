package app.haven.disruption;

import app.haven.platform.HavenPrincipal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The disruption home page: measures the user may see expiring within the lead time, soonest first. */
@Controller
class DisruptionHomeController {

    private final MeasureQueries measures;
    private final DisruptionCatalogue catalogue;
    private final DisruptionPages pages;
    private final Clock clock;

    DisruptionHomeController(
            MeasureQueries measures, DisruptionCatalogue catalogue, DisruptionPages pages, Clock clock) {
        this.measures = measures;
        this.catalogue = catalogue;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/disruption")
    @PreAuthorize("hasAuthority('VIEW_INTELLIGENCE')")
    String showExpiring(@AuthenticationPrincipal HavenPrincipal user, Model model) {
        LocalDate today = DisruptionDates.today(clock);
        int lead = catalogue.expiryLeadDays();
        List<MeasureView> expiring = measures.expiringBy(today, today.plusDays(lead), user);
        pages.listShown(
                "disruption-expiring",
                expiring.stream().flatMap(m -> m.childIds().stream()).toList());
        model.addAttribute("expiring", expiring);
        model.addAttribute("lead", lead);
        model.addAttribute("today", today);
        return "disruption/home";
    }
}
