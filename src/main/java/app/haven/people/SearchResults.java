package app.haven.people;

import app.haven.identity.ChildAccess;
import app.haven.people.matching.SearchQuery;
import app.haven.platform.HavenPrincipal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The search box: parse what was typed, rank, then show each result as far as the user's scope allows. */
@Service
class SearchResults {

    static final int RESULTS = 20;

    private final PersonSearch search;
    private final PersonAccess access;
    private final ChildAccess childAccess;
    private final PersonDisplay display;
    private final Clock clock;

    SearchResults(
            PersonSearch search, PersonAccess access, ChildAccess childAccess, PersonDisplay display, Clock clock) {
        this.search = search;
        this.access = access;
        this.childAccess = childAccess;
        this.display = display;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<SearchResultView> search(HavenPrincipal user, String text) {
        SearchQuery query = SearchQuery.parse(text, LocalDate.now(clock));
        return show(user, search.rank(query, true, RESULTS));
    }

    /** Views of ranked people: details where the user may open the record, "known to" where not. */
    List<SearchResultView> show(HavenPrincipal user, List<PersonSearch.Ranked> ranked) {
        List<Long> ids = ranked.stream().map(PersonSearch.Ranked::personId).toList();
        Set<Long> visible = access.visible(user, ids);
        Map<Long, PersonDisplay.Row> rows =
                display.rows(ids.stream().filter(visible::contains).toList());
        Map<Long, List<String>> knownTo = new HashMap<>();
        for (long id : ids) {
            if (!visible.contains(id)) {
                knownTo.put(
                        id,
                        childAccess.knownTo(id).stream()
                                .map(SearchResults::contact)
                                .toList());
            }
        }
        return ranked.stream()
                .map(r -> view(r, Optional.ofNullable(rows.get(r.personId())), knownTo))
                .toList();
    }

    private static SearchResultView view(
            PersonSearch.Ranked ranked, Optional<PersonDisplay.Row> row, Map<Long, List<String>> knownTo) {
        long id = ranked.personId();
        Optional<SearchResultView.Details> details = row.map(r -> new SearchResultView.Details(
                r.name(),
                r.kind(),
                r.otherNames(),
                r.dateOfBirth(),
                r.area(),
                ranked.match().reasons()));
        String href = row.map(r -> PersonLinks.record(id, r.kind())).orElse("/children/" + id + "/break-glass");
        return new SearchResultView(
                id, href, strength(ranked.match().score()), details, knownTo.getOrDefault(id, List.of()));
    }

    static String strength(int score) {
        if (score >= 85) {
            return "Strong match";
        }
        return score >= 60 ? "Likely match" : "Possible match";
    }

    private static String contact(ChildAccess.KnownTo knownTo) {
        String who = knownTo.team() == null ? knownTo.agency() : knownTo.agency() + " (" + knownTo.team() + ")";
        return who + ", " + knownTo.area();
    }
}
