package app.haven.people;

import app.haven.people.matching.Detail;
import app.haven.people.matching.SearchQuery;
import app.haven.platform.HavenPrincipal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
        List<PersonSearch.Ranked> ranked = search.rankThoroughly(query, SHOWN * 4).ranked().stream()
                .filter(r -> r.personId() != personId)
                .limit(SHOWN * 2)
                .toList();
        return results.show(user, ranked).stream()
                .filter(SearchResultView::visible)
                .toList();
    }

    /**
     * What the check found: records likely to be this person, strongest first; or, when none is likely, how many
     * people the check cannot tell from this person, so the user can be asked for a detail that tells children apart
     * rather than shown a page of namesakes: with no date of birth or identifier typed, the people sharing the name (or
     * one close to it); otherwise those whose name and date are close enough that only something more could tell,
     * the strongest few of whom are shown as possible matches.
     */
    record Outcome(List<SearchResultView> likely, int namesakes, boolean undated, List<SearchResultView> possible) {

        boolean needsALook() {
            return !likely.isEmpty() || namesakes > 0;
        }

        /** The records the check shows: its likely matches, or the possible ones it cannot tell apart. */
        List<Long> shownIds() {
            return java.util.stream.Stream.concat(likely.stream(), possible.stream())
                    .map(SearchResultView::id)
                    .toList();
        }
    }

    @Transactional(readOnly = true)
    Outcome check(HavenPrincipal user, NewPerson person) {
        SearchQuery query = query(person);
        PersonSearch.Duplicates found = search.duplicates(query, SHOWN);
        return new Outcome(
                results.show(user, found.likely()),
                found.cannotTell(),
                query.undated(),
                results.show(user, found.possible()).stream()
                        .map(SearchResultView::asPossible)
                        .toList());
    }

    @Transactional(readOnly = true)
    List<SearchResultView> likelyMatches(HavenPrincipal user, NewPerson person) {
        return check(user, person).likely();
    }

    /**
     * The form's names, date of birth and identifiers (NHS number, UPN, police and council ids), with its sex, area,
     * school, postcode and a parent's or carer's name as corroborating evidence.
     */
    static SearchQuery query(NewPerson person) {
        List<String> given = person.preferredGivenNames()
                .map(preferred -> person.givenNames() + " " + preferred)
                .map(List::of)
                .orElse(List.of(person.givenNames()));
        Map<Detail, String> details = new EnumMap<>(Detail.class);
        details.put(Detail.SEX, person.sex().name());
        person.areaId().ifPresent(area -> details.put(Detail.AREA, String.valueOf(area)));
        person.school().ifPresent(school -> details.put(Detail.SCHOOL, school));
        person.postcode().ifPresent(postcode -> details.put(Detail.POSTCODE, postcode));
        person.parentName().ifPresent(parent -> details.put(Detail.PARENT_NAME, parent));
        return SearchQuery.of(
                        String.join(" ", given),
                        person.familyName(),
                        person.dateOfBirth(),
                        List.copyOf(person.identifiers().values()))
                .with(details);
    }
}
