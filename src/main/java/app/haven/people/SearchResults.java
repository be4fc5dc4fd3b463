package app.haven.people;

import app.haven.people.matching.SearchQuery;
import app.haven.platform.HavenPrincipal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The search box: parse what was typed, rank, then show each result as far as the user's scope allows. */
@Service
class SearchResults {

    /** A page of results: enough to spot the person; a date of birth narrows a common name further. */
    static final int RESULTS = 10;

    /** How many ranked people are considered, so that among equally good matches the user's own come first. */
    static final int CONSIDERED = 30;

    private final PersonSearch search;
    private final PersonDisplay display;
    private final PersonAccess access;
    private final Clock clock;

    SearchResults(PersonSearch search, PersonDisplay display, PersonAccess access, Clock clock) {
        this.search = search;
        this.display = display;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Records the user may open come first, ranked by everything typed. Records outside their scope follow, chosen
     * and ordered as if no date of birth had been typed, and shown without a match strength: otherwise a sweep of
     * dates would reveal a child's date of birth through whether, where and how strongly they match (ADR 0009).
     */
    @Transactional(readOnly = true)
    List<SearchResultView> search(HavenPrincipal user, String text) {
        SearchQuery query = SearchQuery.parse(text, LocalDate.now(clock));
        List<PersonSearch.Ranked> ranked = search.rank(query, true, CONSIDERED);
        Set<Long> visible = access.visible(user, ids(ranked));
        List<PersonSearch.Ranked> shown = new ArrayList<>(ranked.stream()
                .filter(r -> visible.contains(r.personId()))
                .limit(RESULTS)
                .toList());
        shown.addAll(outsideScope(user, query, ranked, visible).stream()
                .limit(RESULTS - shown.size())
                .toList());
        return show(user, shown);
    }

    private List<PersonSearch.Ranked> outsideScope(
            HavenPrincipal user, SearchQuery query, List<PersonSearch.Ranked> ranked, Set<Long> visible) {
        if (query.dateOfBirth().isEmpty()) {
            return ranked.stream().filter(r -> !visible.contains(r.personId())).toList();
        }
        SearchQuery withoutDate =
                new SearchQuery(query.nameTokens(), Optional.empty(), query.identifiers(), query.givenNameCount());
        if (withoutDate.isEmpty()) {
            return List.of();
        }
        List<PersonSearch.Ranked> dateless = search.rank(withoutDate, true, CONSIDERED);
        Set<Long> open = access.visible(user, ids(dateless));
        return dateless.stream().filter(r -> !open.contains(r.personId())).toList();
    }

    private static List<Long> ids(List<PersonSearch.Ranked> ranked) {
        return ranked.stream().map(PersonSearch.Ranked::personId).toList();
    }

    /** Views of ranked people: details where the user may open the record, "known to" where not. */
    List<SearchResultView> show(HavenPrincipal user, List<PersonSearch.Ranked> ranked) {
        Map<Long, PersonDisplay.Listed> listed = display.listed(
                user, ranked.stream().map(PersonSearch.Ranked::personId).toList());
        return ranked.stream()
                .filter(r -> listed.containsKey(r.personId()))
                .map(r -> view(r, listed.get(r.personId())))
                .toList();
    }

    private static SearchResultView view(PersonSearch.Ranked ranked, PersonDisplay.Listed listed) {
        long id = ranked.personId();
        PersonDisplay.Row r = listed.row();
        if (!listed.visible()) {
            return new SearchResultView(id, "/children/" + id + "/break-glass", "", Optional.empty(), listed.knownTo());
        }
        return new SearchResultView(
                id,
                PersonLinks.record(id, r.kind()),
                strength(ranked.match().score()),
                Optional.of(new SearchResultView.Details(
                        r.name(),
                        r.kind(),
                        r.otherNames(),
                        r.dateOfBirth(),
                        r.area(),
                        ranked.match().reasons())),
                List.of());
    }

    static String strength(int score) {
        if (score >= 85) {
            return "Strong match";
        }
        return score >= 60 ? "Likely match" : "Possible match";
    }
}
