package app.haven.missing;

import app.haven.people.LinkablePeople;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Linking a person involved in an episode to a person record: search (the people module's search, scope applied,
 * the text posted so it never sits in a URL), pick one of the records the user may open, or record a new adult.
 */
@Controller
class InvolvedPersonController {

    static final String VIEW = "missing/involvedPerson";
    private static final String SUBJECT = "missing-episode-person";

    private final MissingPages pages;
    private final InvolvedPeople involved;
    private final LinkablePeople linkable;

    InvolvedPersonController(MissingPages pages, InvolvedPeople involved, LinkablePeople linkable) {
        this.pages = pages;
        this.involved = involved;
        this.linkable = linkable;
    }

    @GetMapping("/missing-episodes/{episodeId}/people/{involvedId}")
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String showLink(
            @PathVariable long episodeId,
            @PathVariable long involvedId,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model) {
        EpisodeView episode = pages.checkedEpisode(episodeId, user);
        InvolvedPerson person = person(episode, involvedId, user);
        if (person.linked()) {
            return "redirect:/missing-episodes/" + episodeId;
        }
        pages.show(episode, SUBJECT, model);
        return page(person, InvolvedPersonSearch.none(""), FormErrors.none(), model);
    }

    @PostMapping("/missing-episodes/{episodeId}/people/{involvedId}/search")
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String search(
            @PathVariable long episodeId,
            @PathVariable long involvedId,
            @RequestParam(defaultValue = "") String q,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model) {
        EpisodeView episode = pages.episode(episodeId, SUBJECT, user, model);
        InvolvedPerson person = person(episode, involvedId, user);
        Optional<String> problem = linkable.searchProblem(q, user.userId());
        if (problem.isPresent()) {
            return page(
                    person,
                    InvolvedPersonSearch.none(q),
                    FormErrors.builder().field("q", problem.get()).build(),
                    model);
        }
        return page(person, new InvolvedPersonSearch(q, true, linkable.search(user, q)), FormErrors.none(), model);
    }

    @PostMapping("/missing-episodes/{episodeId}/people/{involvedId}")
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String link(
            @PathVariable long episodeId,
            @PathVariable long involvedId,
            @RequestParam(defaultValue = "0") long personId,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        EpisodeView episode = pages.checkedEpisode(episodeId, user);
        InvolvedPerson person = person(episode, involvedId, user);
        if (personId <= 0 || !linkable.canOpen(user, personId)) {
            pages.show(episode, SUBJECT, model);
            return page(
                    person,
                    InvolvedPersonSearch.none(""),
                    FormErrors.builder()
                            .form("Search again and choose a record from the results")
                            .build(),
                    model);
        }
        return linked(episode, involved.link(episode, involvedId, personId, user), redirect);
    }

    @PostMapping("/missing-episodes/{episodeId}/people/{involvedId}/adult")
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String recordAdult(
            @PathVariable long episodeId,
            @PathVariable long involvedId,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String givenNames,
            @RequestParam(defaultValue = "") String familyName,
            @RequestParam(required = false) List<Long> shown,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        EpisodeView episode = pages.checkedEpisode(episodeId, user);
        InvolvedPerson person = person(episode, involvedId, user);
        FormErrors.Builder errors = FormErrors.builder();
        linkable.checkNames(errors, givenNames, familyName);
        FormErrors found = errors.build();
        if (person.linked()) {
            return linked(episode, false, redirect);
        }
        if (found.hasErrors()) {
            pages.show(episode, SUBJECT, model);
            model.addAttribute("givenNames", givenNames);
            model.addAttribute("familyName", familyName);
            model.addAttribute("offerAdult", true);
            return page(person, InvolvedPersonSearch.none(q), found, model);
        }
        List<Long> seen = shown == null ? List.of() : shown;
        long adult = linkable.recordAdult(
                givenNames,
                familyName,
                episode.areaId(),
                seen,
                "Not among the search results when linking a person involved in a missing episode",
                user);
        return linked(episode, involved.link(episode, involvedId, adult, user), redirect);
    }

    private String linked(EpisodeView episode, boolean done, RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "message",
                done ? "Person record linked." : "Someone has just linked this person to a record. Check it below.");
        return "redirect:/missing-episodes/" + episode.id();
    }

    private InvolvedPerson person(EpisodeView episode, long involvedId, HavenPrincipal user) {
        return involved.find(episode.id(), involvedId, user)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String page(InvolvedPerson person, InvolvedPersonSearch search, FormErrors errors, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("search", search);
        model.addAttribute("errors", errors);
        model.asMap().putIfAbsent("offerAdult", search.searched());
        model.asMap().putIfAbsent("givenNames", "");
        model.asMap().putIfAbsent("familyName", "");
        return VIEW;
    }
}
