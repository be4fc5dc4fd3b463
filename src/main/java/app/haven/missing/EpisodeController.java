package app.haven.missing;

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

/** One episode: what was reported, the return (a form while the child is still missing), and the interview. */
@Controller
class EpisodeController {

    static final String VIEW = "missing/episode";

    private final MissingPages pages;
    private final MissingEpisodes episodes;
    private final ReturnInterviews interviews;
    private final InvolvedPeople involved;
    private final Clock clock;

    EpisodeController(
            MissingPages pages,
            MissingEpisodes episodes,
            ReturnInterviews interviews,
            InvolvedPeople involved,
            Clock clock) {
        this.pages = pages;
        this.episodes = episodes;
        this.interviews = interviews;
        this.involved = involved;
        this.clock = clock;
    }

    @GetMapping("/missing-episodes/{episodeId}")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String showEpisode(@PathVariable long episodeId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        EpisodeView episode = pages.episode(episodeId, "missing-episode", user, model);
        return page(episode, ReturnForm.blank(episode.version()), FormErrors.none(), user, model);
    }

    @PostMapping("/missing-episodes/{episodeId}/return")
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String recordReturn(
            @PathVariable long episodeId,
            @RequestParam(defaultValue = "") String whereFound,
            @RequestParam(defaultValue = "") String foundWith,
            @RequestParam(defaultValue = "") String howReturned,
            @RequestParam(defaultValue = "") String harmOrCrime,
            @RequestParam(defaultValue = "-1") int version,
            @RequestParam Map<String, String> typed,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        EpisodeView episode = pages.checkedEpisode(episodeId, user);
        ReturnForm form =
                new ReturnForm(Moment.typed(typed, "ended"), whereFound, foundWith, howReturned, harmOrCrime, version);
        FormErrors.Builder errors = FormErrors.builder();
        if (!episode.open()) {
            errors.form("Someone has already recorded this child's return. Check the episode below.");
            pages.show(episode, "missing-episode", model);
            return page(episode, form, errors.build(), user, model);
        }
        Optional<EpisodeReturn> ended = form.check(errors);
        if (ended.isPresent()) {
            try {
                episodes.recordReturn(episode, ended.get(), user);
                redirect.addFlashAttribute("message", "Return recorded. The return home interview is now due.");
                return "redirect:/missing-episodes/" + episodeId;
            } catch (EpisodeRefused refused) {
                refused.breaches().forEach(b -> ChildMissingController.add(errors, renamed(b)));
            }
        }
        pages.show(episode, "missing-episode", model);
        return page(episode, form, errors.build(), user, model);
    }

    /** A breach about the episode's start, found while recording its end, is shown on the return's date. */
    private static EpisodeRules.Breach renamed(EpisodeRules.Breach breach) {
        return breach.field().equals("started") ? new EpisodeRules.Breach("ended", breach.message()) : breach;
    }

    private String page(EpisodeView episode, ReturnForm form, FormErrors errors, HavenPrincipal user, Model model) {
        Optional<InterviewView> interview = interviews.forEpisode(episode.id());
        Optional<InterviewDeadline> deadline = episode.endedAt().map(returned -> interviews.deadline(episode));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("interview", interview);
        model.addAttribute("deadline", deadline.map(d -> MissingDates.format(d.dueAt())));
        model.addAttribute(
                "compliance",
                deadline.map(d -> Compliance.of(d, interview, clock.instant()).describe()));
        model.addAttribute("canRecord", MissingAccess.may(user, "EDIT_CHILD"));
        model.addAttribute("involved", involved.forEpisode(episode.id(), user));
        return VIEW;
    }
}
