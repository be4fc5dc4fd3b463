package app.haven.people;

import app.haven.people.matching.Match;
import app.haven.people.matching.MatchOrder;
import app.haven.people.matching.SearchQuery;
import app.haven.platform.GenericPlans;
import app.haven.platform.HavenPrincipal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The search box: parse what was typed, rank, then show each result as far as the user's scope allows, reading scope
 * and what to show for the page's results in one query.
 */
@Service
class SearchResults {

    /** A page of results: enough to spot the person; a date of birth narrows a common name further. */
    static final int RESULTS = 10;

    /** How many ranked people are considered, so that among equally good matches the user's own come first. */
    static final int CONSIDERED = 30;

    private final PersonSearch search;
    private final PersonDisplay display;
    private final GenericPlans plans;
    private final Clock clock;

    SearchResults(PersonSearch search, PersonDisplay display, GenericPlans plans, Clock clock) {
        this.search = search;
        this.display = display;
        this.plans = plans;
        this.clock = clock;
    }

    /** A page of results and how many more people, not shown, match as well as the last one shown. */
    record Page(List<SearchResultView> results, int moreEquallyGood) {}

    List<SearchResultView> search(HavenPrincipal user, String text) {
        return page(user, text).results();
    }

    /**
     * Ranks, then reads in one query whether the user may open each of the best few and what to show for them. The
     * records the user may open come first (among equally good matches their own cases first). Records outside their
     * scope follow, chosen and ordered as if no date of birth had been typed, and shown without a match strength:
     * otherwise a sweep of dates would reveal a child's date of birth through whether, where and how strongly they
     * match (ADR 0009). Both rankings are made first, so scope and display are read in one round trip, and who knows
     * a child is read only for the few outside scope that the page can show, names only for the few it shows.
     *
     * <p>No transaction spans the search: the index's catch-up is one statement of its own, and the page's one read
     * is planned once per pooled connection ({@link GenericPlans}: its plan does not depend on the ids or the user's
     * areas), which saves PostgreSQL planning it again on every search.
     */
    Page page(HavenPrincipal user, String text) {
        SearchQuery query = SearchQuery.parse(text, LocalDate.now(clock));
        PersonSearch.SearchBoxRankings rankings = search.searchBox(query, CONSIDERED);
        PersonSearch.Ranking ranking = rankings.typed();
        List<Long> outside = ids(rankings.outsideScope());
        Map<Long, PersonDisplay.Listed> listed = plans.read(() -> display.listed(
                user,
                union(ids(ranking.ranked()), outside),
                new PersonDisplay.Shown(ids(ranking.ranked()), outside, RESULTS)));
        Map<Long, Long> keptOf = new HashMap<>();
        ranking.ranked().forEach(r -> keptOf.put(r.match().personId(), r.personId()));
        Comparator<Match> order = MatchOrder.by(id -> Optional.ofNullable(listed.get(keptOf.get(id)))
                .map(PersonDisplay.Listed::visible)
                .orElse(false));
        List<PersonSearch.Ranked> open = ranking.ranked().stream()
                .filter(r -> listed.containsKey(r.personId())
                        && listed.get(r.personId()).visible())
                .sorted((a, b) -> order.compare(a.match(), b.match()))
                .limit(RESULTS)
                .toList();
        List<SearchResultView> views = new ArrayList<>(
                open.stream().map(r -> view(r, listed.get(r.personId()))).toList());
        hidden(rankings.outsideScope(), listed).stream()
                .limit(RESULTS - open.size())
                .forEach(views::add);
        return new Page(views, ranking.moreSharingLast(open));
    }

    private static List<Long> union(List<Long> first, List<Long> second) {
        java.util.LinkedHashSet<Long> all = new java.util.LinkedHashSet<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    private static List<SearchResultView> hidden(
            List<PersonSearch.Ranked> ranked, Map<Long, PersonDisplay.Listed> listed) {
        return ranked.stream()
                .filter(r -> listed.containsKey(r.personId())
                        && !listed.get(r.personId()).visible())
                .map(r -> view(r, listed.get(r.personId())))
                .toList();
    }

    private static List<Long> ids(List<PersonSearch.Ranked> ranked) {
        return ranked.stream().map(PersonSearch.Ranked::personId).toList();
    }

    /** Views of ranked people: details where the user may open the record, "known to" where not. */
    List<SearchResultView> show(HavenPrincipal user, List<PersonSearch.Ranked> ranked) {
        Map<Long, PersonDisplay.Listed> listed = display.listed(user, ids(ranked));
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
