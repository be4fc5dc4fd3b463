package app.haven.people;

import app.haven.audit.AuditLog;
import app.haven.people.matching.SearchQuery;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One search box for a name, a date of birth or an identifier. Each search is audited once with the ids of the
 * records shown (never the words typed, which may name a child), and each user may search only so often.
 */
@Controller
class PersonSearchController {

    static final String VIEW = "people/search";
    static final int MAX_LENGTH = 200;

    static final String TOO_MANY = "You have searched many times in the last minute. Wait a minute, then search again.";

    private final SearchResults results;
    private final SearchRateLimit limit;
    private final AuditLog audit;
    private final Clock clock;

    PersonSearchController(SearchResults results, SearchRateLimit limit, AuditLog audit, Clock clock) {
        this.results = results;
        this.limit = limit;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/people/search")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String showSearch(
            @RequestParam(name = "s", required = false) String searchId,
            @AuthenticationPrincipal HavenPrincipal user,
            HttpSession session,
            HttpServletResponse response,
            Model model) {
        Optional<String> text = Optional.ofNullable(searchId).flatMap(id -> RecentSearches.recall(session, id));
        if (text.isEmpty()) {
            return page("", false, List.of(), FormErrors.none(), model);
        }
        if (!limit.allow(user.userId())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return page(text.get(), false, List.of(), error(TOO_MANY), model);
        }
        SearchResults.Page found = results.page(user, text.get());
        audit.listShown(
                "person-search",
                "people",
                found.results().stream().map(SearchResultView::id).toList());
        model.addAttribute("moreEquallyGood", found.moreEquallyGood());
        return page(text.get(), true, found.results(), FormErrors.none(), model);
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
