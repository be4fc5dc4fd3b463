package app.haven.referrals;

import app.haven.people.LinkablePeople;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
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

/**
 * Naming the person record a disclosure is about: a search with the people search's own ranking, scope and rate limit
 * (only records the user may open are offered), then a choice among the results.
 */
@Controller
class DisclosureSubjectController {

    static final String VIEW = "referrals/disclosureSubject";

    private final DisclosurePages pages;
    private final DisclosureSubjects subjects;
    private final LinkablePeople linkable;

    DisclosureSubjectController(DisclosurePages pages, DisclosureSubjects subjects, LinkablePeople linkable) {
        this.pages = pages;
        this.subjects = subjects;
        this.linkable = linkable;
    }

    @GetMapping("/disclosures/{disclosureId}/subject")
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String showSearch(@PathVariable long disclosureId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        DisclosureView disclosure = pages.checked(disclosureId, user);
        return page(disclosure, "", Optional.empty(), FormErrors.none(), model);
    }

    @PostMapping("/disclosures/{disclosureId}/subject/search")
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String search(
            @PathVariable long disclosureId,
            @RequestParam(defaultValue = "") String q,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model) {
        DisclosureView disclosure = pages.checked(disclosureId, user);
        Optional<String> problem = linkable.searchProblem(q, user.userId());
        if (problem.isPresent()) {
            return page(
                    disclosure,
                    q,
                    Optional.empty(),
                    FormErrors.builder().field("q", problem.get()).build(),
                    model);
        }
        return page(disclosure, q, Optional.of(linkable.search(user, q)), FormErrors.none(), model);
    }

    @PostMapping("/disclosures/{disclosureId}/subject")
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String name(
            @PathVariable long disclosureId,
            @RequestParam(defaultValue = "0") long personId,
            @RequestParam(defaultValue = "-1") int version,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        DisclosureView disclosure = pages.checked(disclosureId, user);
        if (personId <= 0 || !linkable.canOpen(user, personId)) {
            return page(
                    disclosure,
                    "",
                    Optional.empty(),
                    FormErrors.builder()
                            .form("Search again and choose a record from the results")
                            .build(),
                    model);
        }
        if (!subjects.name(disclosure, version, personId, user)) {
            return page(
                    pages.checked(disclosureId, user),
                    "",
                    Optional.empty(),
                    FormErrors.builder()
                            .form("Someone changed this disclosure while you were searching. Nothing was saved: check"
                                    + " whom it is about now and choose again.")
                            .build(),
                    model);
        }
        redirect.addFlashAttribute("message", "The person record is named on the disclosure.");
        return "redirect:/disclosures/" + disclosureId;
    }

    private String page(
            DisclosureView disclosure,
            String q,
            Optional<List<LinkablePeople.Found>> found,
            FormErrors errors,
            Model model) {
        pages.show(disclosure, model);
        model.addAttribute("q", q);
        model.addAttribute("searched", found.isPresent());
        model.addAttribute("found", found.orElse(List.of()));
        model.addAttribute("errors", errors);
        return VIEW;
    }
}
