package app.haven.people;

import app.haven.people.matching.SearchQuery;
import app.haven.platform.HavenPrincipal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Before a record is created: who already in Haven is probably the same person. Searches across the whole
 * partnership (a duplicate held by another agency is still a duplicate), then shows each match as far as the
 * user's scope allows.
 */
@Service
class DuplicateCheck {

    static final int SHOWN = 5;

    private final PersonSearch search;
    private final SearchResults results;

    DuplicateCheck(PersonSearch search, SearchResults results) {
        this.search = search;
        this.results = results;
    }

    /** Records that may be the same person as an existing record, for merging: the user's visible ones only. */
    @Transactional(readOnly = true)
    List<SearchResultView> similarTo(
            HavenPrincipal user,
            long personId,
            String given,
            String family,
            java.util.Optional<java.time.LocalDate> dob) {
        SearchQuery query = SearchQuery.of(given, family, dob, List.of());
        List<PersonSearch.Ranked> ranked = search.rankThoroughly(query, SHOWN * 4).stream()
                .filter(r -> r.personId() != personId)
                .limit(SHOWN * 2)
                .toList();
        return results.show(user, ranked).stream()
                .filter(SearchResultView::visible)
                .toList();
    }

    @Transactional(readOnly = true)
    List<SearchResultView> likelyMatches(HavenPrincipal user, NewPerson person) {
        List<String> given = person.preferredGivenNames()
                .map(preferred -> person.givenNames() + " " + preferred)
                .map(List::of)
                .orElse(List.of(person.givenNames()));
        SearchQuery query = SearchQuery.of(
                String.join(" ", given),
                person.familyName(),
                person.dateOfBirth(),
                List.copyOf(person.identifiers().values()));
        List<PersonSearch.Ranked> likely = search.rankThoroughly(query, SHOWN * 4).stream()
                .filter(ranked -> ranked.match().likelyDuplicate())
                .limit(SHOWN)
                .toList();
        return results.show(user, likely);
    }
}
