package app.haven.engagement;

import app.haven.identity.Workforce;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Training sessions, workforce headcounts and preventive events, recorded by engagement staff for their areas. */
@Controller
class TrainingController {

    static final List<Option> ROLES = List.of(
            new Option("SOCIAL_WORKER", "Social worker"),
            new Option("TEACHER", "Teacher or school staff"),
            new Option("POLICE", "Police"),
            new Option("HEALTH", "Health"),
            new Option("YOUTH_WORKER", "Youth worker"),
            new Option("OTHER", "Other"));

    private final TrainingRecords training;
    private final PreventiveEvents events;
    private final EngagementScope scope;
    private final Workforce workforce;
    private final Clock clock;

    TrainingController(
            TrainingRecords training,
            PreventiveEvents events,
            EngagementScope scope,
            Workforce workforce,
            Clock clock) {
        this.training = training;
        this.events = events;
        this.scope = scope;
        this.workforce = workforce;
        this.clock = clock;
    }

    @GetMapping("/engagement/training")
    @PreAuthorize("hasAuthority('RECORD_ENGAGEMENT')")
    String trainingPage(@AuthenticationPrincipal HavenPrincipal user, Model model) {
        return page(TrainingForm.blank(), FormErrors.none(), user, model);
    }

    @PostMapping("/engagement/training/sessions")
    @PreAuthorize("hasAuthority('RECORD_ENGAGEMENT')")
    String recordSession(
            @RequestParam(defaultValue = "") String area,
            @RequestParam(defaultValue = "") String course,
            @RequestParam(name = "heldOn.day", defaultValue = "") String day,
            @RequestParam(name = "heldOn.month", defaultValue = "") String month,
            @RequestParam(name = "heldOn.year", defaultValue = "") String year,
            @RequestParam(defaultValue = "") String trainer,
            @RequestParam(defaultValue = "") List<String> agency,
            @RequestParam(defaultValue = "") List<String> role,
            @RequestParam(defaultValue = "") List<String> attended,
            @RequestParam(defaultValue = "") String evaluations,
            @RequestParam(defaultValue = "") String moreConfident,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        TrainingForm form = new TrainingForm(
                chosenArea(area, user),
                course,
                new DateParts(day, month, year),
                trainer,
                agency,
                role,
                attended,
                evaluations,
                moreConfident);
        FormErrors.Builder errors = FormErrors.builder();
        Optional<TrainingForm.Checked> checked =
                form.check(scope.areaIds(user), training.courses(), agencyIds(), today(), errors);
        if (checked.isEmpty()) {
            return page(form, errors.build(), user, model);
        }
        training.record(checked.get(), user);
        redirect.addFlashAttribute("message", "Training session recorded.");
        return "redirect:/engagement/training";
    }

    @PostMapping("/engagement/training/headcount")
    @PreAuthorize("hasAuthority('RECORD_ENGAGEMENT')")
    String recordHeadcount(
            @RequestParam(defaultValue = "") String area,
            @RequestParam(defaultValue = "") String headcountAgency,
            @RequestParam(defaultValue = "") String headcount,
            @AuthenticationPrincipal HavenPrincipal user,
            RedirectAttributes redirect) {
        Optional<Long> areaId = Numbers.parse(chosenArea(area, user)).filter(scope.areaIds(user)::contains);
        Optional<Long> agencyId = Numbers.parse(headcountAgency).filter(agencyIds()::contains);
        Optional<Long> n = Numbers.parse(headcount).filter(h -> h > 0 && h <= 1_000_000);
        if (areaId.isEmpty() || agencyId.isEmpty() || n.isEmpty()) {
            redirect.addFlashAttribute(
                    "message",
                    "Nothing saved: select the area and agency and enter the headcount" + " as a number from 1.");
        } else {
            training.headcount(agencyId.get(), areaId.get(), n.get().intValue(), user);
            redirect.addFlashAttribute("message", "Headcount recorded.");
        }
        return "redirect:/engagement/training";
    }

    @GetMapping("/engagement/events")
    @PreAuthorize("hasAuthority('RECORD_ENGAGEMENT')")
    String eventsPage(@AuthenticationPrincipal HavenPrincipal user, Model model) {
        return eventPage(EventForm.blank(), FormErrors.none(), user, model);
    }

    @PostMapping("/engagement/events")
    @PreAuthorize("hasAuthority('RECORD_ENGAGEMENT')")
    String recordEvent(
            @RequestParam(defaultValue = "") String area,
            @RequestParam(name = "heldOn.day", defaultValue = "") String day,
            @RequestParam(name = "heldOn.month", defaultValue = "") String month,
            @RequestParam(name = "heldOn.year", defaultValue = "") String year,
            @RequestParam(defaultValue = "") String setting,
            @RequestParam(defaultValue = "") String venue,
            @RequestParam(defaultValue = "") String audience,
            @RequestParam(defaultValue = "") List<String> yearGroups,
            @RequestParam(defaultValue = "") String attendance,
            @RequestParam(defaultValue = "") String partners,
            @RequestParam(defaultValue = "") List<String> topics,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        EventForm form = new EventForm(
                chosenArea(area, user),
                new DateParts(day, month, year),
                setting,
                venue,
                audience,
                yearGroups.stream().filter(y -> !y.isBlank()).toList(),
                attendance,
                partners,
                topics.stream().filter(t -> !t.isBlank()).toList());
        FormErrors.Builder errors = FormErrors.builder();
        Optional<EventForm.Checked> checked = form.check(scope.areaIds(user), today(), errors);
        if (checked.isEmpty()) {
            return eventPage(form, errors.build(), user, model);
        }
        events.record(checked.get(), user);
        redirect.addFlashAttribute("message", "Event recorded.");
        return "redirect:/engagement/events";
    }

    private String chosenArea(String area, HavenPrincipal user) {
        List<Long> mine = scope.areaIds(user);
        return area.isBlank() && mine.size() == 1 ? String.valueOf(mine.get(0)) : area;
    }

    private List<Long> agencyIds() {
        return workforce.agencies().stream().map(Workforce.Agency::id).toList();
    }

    private List<Option> areaOptions(HavenPrincipal user) {
        return scope.areas(user).stream()
                .map(a -> new Option(String.valueOf(a.id()), a.name()))
                .toList();
    }

    private String page(TrainingForm form, FormErrors errors, HavenPrincipal user, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("areas", areaOptions(user));
        model.addAttribute("courses", training.courseOptions());
        model.addAttribute(
                "agencies",
                workforce.agencies().stream()
                        .map(a -> new Option(String.valueOf(a.id()), a.name()))
                        .toList());
        model.addAttribute("roles", ROLES);
        model.addAttribute("sessions", training.sessions(user));
        model.addAttribute("coverage", training.coverage(user));
        return "engagement/training";
    }

    private String eventPage(EventForm form, FormErrors errors, HavenPrincipal user, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("areas", areaOptions(user));
        model.addAttribute("audiences", EngagementChoices.AUDIENCES);
        model.addAttribute("topics", EngagementChoices.TOPICS);
        model.addAttribute("events", events.recent(user));
        return "engagement/events";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(EngagementMeasures.LONDON));
    }
}
