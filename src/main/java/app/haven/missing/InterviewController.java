package app.haven.missing;

import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording the return home interview for an episode whose child has returned. */
@Controller
class InterviewController {

    static final String VIEW = "missing/interview";

    private final MissingPages pages;
    private final ReturnInterviews interviews;
    private final Clock clock;

    InterviewController(MissingPages pages, ReturnInterviews interviews, Clock clock) {
        this.pages = pages;
        this.interviews = interviews;
        this.clock = clock;
    }

    @GetMapping("/missing-episodes/{episodeId}/interview")
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String showInterview(@PathVariable long episodeId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        EpisodeView episode = pages.checkedEpisode(episodeId, user);
        if (episode.open() || interviews.forEpisode(episodeId).isPresent()) {
            return "redirect:/missing-episodes/" + episodeId;
        }
        pages.show(episode, "return-interview-form", model);
        return page(episode, InterviewForm.blank(), FormErrors.none(), model);
    }

    @PostMapping("/missing-episodes/{episodeId}/interview")
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String recordInterview(
            @PathVariable long episodeId,
            @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String reasonNotHeld,
            @RequestParam(defaultValue = "") String whereAndWithWhom,
            @RequestParam(defaultValue = "") String howTravelled,
            @RequestParam(defaultValue = "") String harm,
            @RequestParam(defaultValue = "") String whatWouldHelp,
            @RequestParam(defaultValue = "") String childWords,
            @RequestParam(required = false) List<String> factors,
            @RequestParam(defaultValue = "") String lateReason,
            @RequestParam(defaultValue = "") String disclosureMade,
            @RequestParam(defaultValue = "") String disclosureWhat,
            @RequestParam(defaultValue = "") String disclosureAbout,
            @RequestParam(defaultValue = "") String disclosureToPolice,
            @RequestParam Map<String, String> typed,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        EpisodeView episode = pages.checkedEpisode(episodeId, user);
        if (episode.open()) {
            return "redirect:/missing-episodes/" + episodeId;
        }
        InterviewForm form = new InterviewForm(
                outcome,
                Moment.typed(typed, "offered"),
                Moment.typed(typed, "held"),
                reasonNotHeld,
                whereAndWithWhom,
                howTravelled,
                harm,
                whatWouldHelp,
                childWords,
                factors,
                lateReason,
                disclosureMade,
                disclosureWhat,
                disclosureAbout,
                disclosureToPolice);
        FormErrors.Builder errors = FormErrors.builder();
        InterviewDeadline deadline = interviews.deadline(episode);
        Optional<NewInterview> interview = form.check(deadline, clock.instant(), known(), errors);
        if (interview.isPresent()) {
            try {
                interviews.record(episode, interview.get(), user);
                redirect.addFlashAttribute("message", "Return home interview recorded.");
                return "redirect:/missing-episodes/" + episodeId;
            } catch (ReturnInterviews.AlreadyRecorded taken) {
                errors.form("Someone has just recorded this interview. Check the episode before recording anything.");
            }
        }
        pages.show(episode, "return-interview-form", model);
        return page(episode, form, errors.build(), model);
    }

    private java.util.Set<String> known() {
        return interviews.factors().stream().map(Option::value).collect(Collectors.toSet());
    }

    private String page(EpisodeView episode, InterviewForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "deadline", MissingDates.format(interviews.deadline(episode).dueAt()));
        model.addAttribute("outcomes", MissingChoices.OUTCOMES);
        model.addAttribute("factors", interviews.factors());
        model.addAttribute("yesNo", List.of(new Option("yes", "Yes"), new Option("no", "No")));
        return VIEW;
    }
}
