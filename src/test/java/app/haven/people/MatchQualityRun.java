package app.haven.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.bench.Report;
import app.haven.people.matching.SearchQuery;
import app.haven.people.matching.SyntheticPeople;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Match quality on corrupted duplicates of a loaded population: how often the true record is in the top five of
 * the search box, and the duplicate check's recall, false flags on distinct people and confusion counts.
 */
final class MatchQualityRun {

    private final PersonSearch search;

    MatchQualityRun(PersonSearch search) {
        this.search = search;
    }

    void report(
            String scale,
            SyntheticPeople generator,
            List<SyntheticPeople.Person> population,
            List<SyntheticPeople.CorruptedQuery> queries,
            List<String> texts,
            long base) {
        int topFive = 0;
        int flagged = 0;
        LocalDate today = LocalDate.now();
        for (int i = 0; i < queries.size(); i++) {
            long truth = base + queries.get(i).truth().index();
            List<PersonSearch.Ranked> ranked = search.rank(SearchQuery.parse(texts.get(i), today), true, 5);
            if (ranked.stream().anyMatch(r -> r.personId() == truth)) {
                topFive++;
            }
            if (search.rankThoroughly(queries.get(i).structured(), 20).stream()
                    .anyMatch(r -> r.personId() == truth && r.match().likelyDuplicate())) {
                flagged++;
            }
        }
        Set<String> taken = new HashSet<>();
        population.forEach(p -> taken.add(SyntheticPeople.key(p)));
        int distinct = 1_000;
        int falseFlags = 0;
        for (int i = 0; i < distinct; i++) {
            SyntheticPeople.Person other = generator.distinct(i, taken);
            SearchQuery query = SearchQuery.of(other.givenNames(), other.familyName(), other.dateOfBirth(), List.of());
            var flaggedMatch = search.rankThoroughly(query, 20).stream()
                    .filter(r -> r.match().likelyDuplicate())
                    .findFirst();
            if (flaggedMatch.isPresent()) {
                falseFlags++;
                if (falseFlags <= 8) {
                    Report.line("  distinct person flagged, e.g. " + query.nameTokens() + " "
                            + query.dateOfBirth().map(LocalDate::toString).orElse("no date") + ": "
                            + flaggedMatch.get().match().reasons());
                }
            }
        }
        int n = queries.size();
        Report.line("match quality " + scale + ": true record in top 5 for " + topFive + "/" + n + " = "
                + percent(topFive, n) + " (target >= 98%)");
        Report.line("duplicate check " + scale + ": true duplicates flagged " + flagged + "/" + n + " (recall "
                + percent(flagged, n) + ", target >= 95%); missed " + (n - flagged));
        Report.line("duplicate check " + scale + ": distinct people flagged " + falseFlags + "/" + distinct + " = "
                + percent(falseFlags, distinct) + " (target <= 5%); correctly passed " + (distinct - falseFlags));
        Report.line("duplicate check confusion " + scale + ": TP " + flagged + ", FN " + (n - flagged) + ", FP "
                + falseFlags
                + ", TN " + (distinct - falseFlags) + "; precision "
                + percent(flagged, flagged + falseFlags));
        assertThat(topFive).isPositive();
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "n/a" : String.format("%.1f%%", 100.0 * part / whole);
    }
}
