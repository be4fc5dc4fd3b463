package app.haven.missing;

import app.haven.people.People;
import app.haven.people.PersonSummary;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A child's missing episodes, and reporting a new one. */
@Controller
class ChildMissingController {

    static final String VIEW = "missing/child";
    static final String REPORT = "missing/report";

    private final MissingPages pages;
    private final EpisodeQueries queries;
    private final MissingEpisodes episodes;
    private final People people;
    private final Clock clock;

    ChildMissingController(
            MissingPages pages, EpisodeQueries queries, MissingEpisodes episodes, People people, Clock clock) {
        this.pages = pages;
        this.queries = queries;
        this.episodes = episodes;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/children/{childId}/missing")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String showEpisodes(@PathVariable long childId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        PersonSummary child = pages.viewChild(childId, "missing", user, model);
        model.addAttribute("episodes", queries.forChild(people.recordIds(child.id())));
        model.addAttribute("canReport", MissingAccess.may(user, "EDIT_CHILD"));
        return VIEW;
    }

    @GetMapping("/children/{childId}/missing-episodes/new")
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String showReport(@PathVariable long childId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        pages.viewChild(childId, "missing-report", user, model);
        return form(ReportForm.blank(clock.instant()), FormErrors.none(), model);
    }

    @PostMapping("/children/{childId}/missing-episodes")
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String reportEpisode(
            @PathVariable long childId,
            @RequestParam(defaultValue = "") String category,
            @RequestParam(defaultValue = "") String reportedBy,
            @RequestParam(defaultValue = "") String policeReference,
            @RequestParam(defaultValue = "") String riskGrade,
            @RequestParam(defaultValue = "") String riskReason,
            @RequestParam(defaultValue = "") String gradedBy,
            @RequestParam(defaultValue = "") String places,
            @RequestParam(name = "people", defaultValue = "") String involvedPeople,
            @RequestParam Map<String, String> typed,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        PersonSummary child = pages.child(childId, user);
        ReportForm form = new ReportForm(
                category,
                Moment.typed(typed, "started"),
                Moment.typed(typed, "ended"),
                reportedBy,
                Moment.typed(typed, "reported"),
                policeReference,
                riskGrade,
                riskReason,
                gradedBy,
                places,
                involvedPeople);
        FormErrors.Builder errors = FormErrors.builder();
        Optional<NewEpisode> episode = form.check(errors);
        if (episode.isPresent()) {
            try {
                long id = episodes.report(child, episode.get(), user);
                redirect.addFlashAttribute(
                        "message",
                        child.name() + " has been reported "
                                + episode.get().category().toLowerCase() + ".");
                return "redirect:/missing-episodes/" + id;
            } catch (EpisodeRefused refused) {
                refused.breaches().forEach(b -> add(errors, b));
            }
        }
        pages.viewChild(childId, "missing-report", user, model);
        return form(form, errors.build(), model);
    }

    static void add(FormErrors.Builder errors, EpisodeRules.Breach breach) {
        if (breach.field().isEmpty()) {
            errors.form(breach.message());
        } else {
            errors.date(breach.field(), breach.message());
        }
    }

    private static String form(ReportForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", MissingChoices.CATEGORIES);
        model.addAttribute("grades", MissingChoices.GRADES);
        return REPORT;
    }
}
