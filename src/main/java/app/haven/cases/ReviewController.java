package app.haven.cases;

import app.haven.people.People;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import app.haven.screening.ChildScreenings;
import app.haven.screening.ScreeningSummary;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a review: progress, the re-screening considered, the decision; the next review follows the band. */
@Controller
class ReviewController {

    static final String VIEW = "cases/review";
    static final int MAX_PROGRESS = 4000;
    static final String NO_SCREENING = "none";

    private final CasePages pages;
    private final Reviews reviews;
    private final ChildScreenings screenings;
    private final People people;
    private final Clock clock;

    ReviewController(CasePages pages, Reviews reviews, ChildScreenings screenings, People people, Clock clock) {
        this.pages = pages;
        this.reviews = reviews;
        this.screenings = screenings;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/cases/{id}/reviews/new")
    @PreAuthorize("hasAuthority('MANAGE_CASE')")
    String showReview(@PathVariable long id, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        CaseView kase = pages.openForChange(id, user, model);
        List<ScreeningSummary> recent = recent(kase);
        String screening =
                recent.isEmpty() ? NO_SCREENING : String.valueOf(recent.get(0).id());
        return page(kase, DateParts.of(LocalDate.now(clock)), "", screening, "", FormErrors.none(), model);
    }

    @PostMapping("/cases/{id}/reviews")
    @PreAuthorize("hasAuthority('MANAGE_CASE')")
    String recordReview(
            @PathVariable long id,
            @RequestParam(name = "heldOn.day", defaultValue = "") String day,
            @RequestParam(name = "heldOn.month", defaultValue = "") String month,
            @RequestParam(name = "heldOn.year", defaultValue = "") String year,
            @RequestParam(defaultValue = "") String progress,
            @RequestParam(defaultValue = "") String screening,
            @RequestParam(defaultValue = "") String decision,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        CaseView kase = pages.openForChange(id, user, model);
        DateParts held = new DateParts(day, month, year);
        String text = progress.strip();
        Optional<ScreeningSummary> linked = recent(kase).stream()
                .filter(s -> String.valueOf(s.id()).equals(screening))
                .findFirst();
        FormErrors.Builder errors = FormErrors.builder();
        Optional<LocalDate> heldOn = held.toDate();
        if (held.isBlank()) {
            errors.date("heldOn", "Enter the date the review was held");
        } else if (heldOn.isEmpty()) {
            errors.date("heldOn", "Date of the review must be a real date");
        } else if (heldOn.get().isAfter(LocalDate.now(clock))) {
            errors.date("heldOn", "Date of the review must be today or in the past");
        } else if (heldOn.get().isBefore(kase.openedOn())) {
            errors.date("heldOn", "Date of the review must be on or after the day the child went on the register");
        }
        if (text.isEmpty()) {
            errors.field("progress", "Enter the progress made since the last review");
        } else if (text.length() > MAX_PROGRESS) {
            errors.field("progress", "Progress must be " + MAX_PROGRESS + " characters or fewer");
        }
        if (!screening.equals(NO_SCREENING) && linked.isEmpty()) {
            errors.field("screening", "Select the screening the review considered, or none");
        }
        if (!CaseChoices.valid(CaseChoices.DECISIONS, decision)) {
            errors.field("decision", "Select the review's decision");
        }
        if (errors.build().hasErrors()) {
            return page(kase, held, progress, screening, decision, errors.build(), model);
        }
        LocalDate next = reviews.record(kase, new Reviews.Review(heldOn.get(), text, linked, decision), user);
        if (decision.equals("CLOSE")) {
            redirect.addFlashAttribute("message", "Review recorded. Now ask a manager to approve closing the case.");
            return "redirect:/cases/" + id + "/closure";
        }
        redirect.addFlashAttribute("message", "Review recorded. Next review due " + CaseDates.format(next));
        return "redirect:/cases/" + id;
    }

    private List<ScreeningSummary> recent(CaseView kase) {
        return screenings.recentFor(people.recordIds(kase.childId()), 6);
    }

    private String page(
            CaseView kase,
            DateParts heldOn,
            String progress,
            String screening,
            String decision,
            FormErrors errors,
            Model model) {
        List<Option> options = new ArrayList<>();
        recent(kase)
                .forEach(s -> options.add(
                        new Option(String.valueOf(s.id()), CaseDates.format(s.screenedOn()) + ": " + s.bandLabel())));
        options.add(new Option(NO_SCREENING, "None: the child has not been screened again"));
        model.addAttribute("heldOn", heldOn);
        model.addAttribute("progress", progress);
        model.addAttribute("screening", screening);
        model.addAttribute("decision", decision);
        model.addAttribute("errors", errors);
        model.addAttribute("screenings", options);
        model.addAttribute("decisions", CaseChoices.DECISIONS);
        return VIEW;
    }
}
