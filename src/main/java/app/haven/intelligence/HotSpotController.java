package app.haven.intelligence;

import app.haven.identity.Workforce;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Hot-spots: the locations most linked to episodes, reports and disclosures in a period, per area, with a plot. */
@Controller
class HotSpotController {

    private final HotSpots hotSpots;
    private final Workforce workforce;
    private final IntelligencePages pages;
    private final Clock clock;

    HotSpotController(HotSpots hotSpots, Workforce workforce, IntelligencePages pages, Clock clock) {
        this.hotSpots = hotSpots;
        this.workforce = workforce;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/intelligence/hot-spots")
    @PreAuthorize("hasAuthority('VIEW_INTELLIGENCE')")
    String showHotSpots(
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "") String area,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model) {
        LocalDate today = LocalDate.now(clock.withZone(ManyChildrenAlerts.LONDON));
        FormErrors.Builder errors = FormErrors.builder();
        LocalDate start = date(from, "from", errors).orElse(today.minusYears(1));
        LocalDate end = date(to, "to", errors).orElse(today);
        if (end.isBefore(start)) {
            errors.field("to", "The end of the period must be on or after its start");
            end = today;
        }
        List<Workforce.Area> areas = workforce.areasOf(user);
        Optional<Long> chosen = areas.stream()
                .map(Workforce.Area::id)
                .filter(id -> String.valueOf(id).equals(area))
                .findFirst();
        List<HotSpot> spots = hotSpots.ranked(start, end, chosen, user);
        pages.listShown("intel-hot-spots", List.of());
        List<Option> areaOptions = new ArrayList<>();
        areaOptions.add(new Option("", "All your areas"));
        areas.forEach(a -> areaOptions.add(new Option(String.valueOf(a.id()), a.name())));
        model.addAttribute("spots", spots);
        model.addAttribute("from", start.toString());
        model.addAttribute("to", end.toString());
        model.addAttribute("area", area);
        model.addAttribute("areas", areaOptions);
        model.addAttribute("errors", errors.build());
        return "intelligence/hotSpots";
    }

    private static Optional<LocalDate> date(String text, String field, FormErrors.Builder errors) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            errors.field(field, "Enter the date as year-month-day, like 2026-03-27");
            return Optional.empty();
        }
    }
}
