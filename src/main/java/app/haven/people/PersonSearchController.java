package app.haven.people;

import app.haven.people.matching.SearchQuery;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import jakarta.servlet.http.HttpSession;
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

/** One search box for a name, a date of birth or an identifier. */
@Controller
class PersonSearchController {

    static final String VIEW = "people/search";
    static final int MAX_LENGTH = 200;

    private final SearchResults results;
    private final Clock clock;

    PersonSearchController(SearchResults results, Clock clock) {
        this.results = results;
        this.clock = clock;
    }

    @GetMapping("/people/search")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String showSearch(
            @RequestParam(name = "s", required = false) String searchId,
            @AuthenticationPrincipal HavenPrincipal user,
            HttpSession session,
            Model model) {
        Optional<String> text = Optional.ofNullable(searchId).flatMap(id -> RecentSearches.recall(session, id));
        SearchResults.Page found = text.map(t -> results.page(user, t)).orElse(new SearchResults.Page(List.of(), 0));
        model.addAttribute("moreEquallyGood", found.moreEquallyGood());
        return page(text.orElse(""), text.isPresent(), found.results(), FormErrors.none(), model);
    }

    @PostMapping("/people/search")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String search(@RequestParam(name = "q", defaultValue = "") String q, HttpSession session, Model model) {
        String text = q.strip();
        if (text.isEmpty()) {
            return page(q, false, List.of(), error("Enter a name, date of birth or identifier"), model);
        }
        if (text.length() > MAX_LENGTH) {
            return page(q, false, List.of(), error("Search must be " + MAX_LENGTH + " characters or fewer"), model);
        }
        Optional<String> badDate = SearchQuery.parse(text, LocalDate.now(clock)).dateProblem();
        if (badDate.isPresent()) {
            return page(q, false, List.of(), error(badDate.get()), model);
        }
        return "redirect:/people/search?s=" + RecentSearches.remember(session, text);
    }

    private static FormErrors error(String message) {
        return FormErrors.builder().field("q", message).build();
    }

    private static String page(
            String text, boolean searched, List<SearchResultView> found, FormErrors errors, Model model) {
        model.addAttribute("q", text);
        model.addAttribute("searched", searched);
        model.addAttribute("results", found);
        model.addAttribute("errors", errors);
        model.asMap().putIfAbsent("moreEquallyGood", 0);
        return VIEW;
    }
}
