package app.haven.people.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The scorer alone against a small generated population, brute force: every query scored against every person.
 * The database benchmark measures the same with candidate retrieval at a million people.
 */
class MatchQualityTest {

    private MatchScorer scorer;

    @Test
    void findsCorruptedDuplicatesInTheTopFiveAndFlagsThemWithoutFlaggingDistinctPeople() {
        SyntheticPeople generator = new SyntheticPeople(SyntheticPeople.SEED);
        List<SyntheticPeople.Person> population = generator.population(2_000);
        List<Candidate> candidates =
                population.stream().map(MatchQualityTest::candidate).toList();
        scorer = new MatchScorer(Populations.rarityOf(candidates));
        Set<String> taken = new HashSet<>();
        population.forEach(p -> taken.add(SyntheticPeople.key(p)));

        int queries = 300;
        int inTopFive = 0;
        int flagged = 0;
        for (int i = 0; i < queries; i++) {
            SyntheticPeople.Person truth = population.get(generator.random().nextInt(population.size()));
            SyntheticPeople.CorruptedQuery query = generator.corrupt(truth);
            SearchQuery typed = SearchQuery.parse(query.text(generator.random()), SyntheticPeople.TODAY);
            if (topFive(typed, candidates).contains((long) truth.index())) {
                inTopFive++;
            }
            SearchQuery structured = query.structured();
            if (scorer.score(structured, candidates.get(truth.index())).likelyDuplicate()) {
                flagged++;
            }
        }
        int distinct = 300;
        int falseFlags = 0;
        for (int i = 0; i < distinct; i++) {
            SyntheticPeople.Person other = generator.distinct(i, taken);
            SearchQuery query = SearchQuery.of(other.givenNames(), other.familyName(), other.dateOfBirth(), List.of());
            if (candidates.stream().anyMatch(c -> scorer.score(query, c).likelyDuplicate())) {
                falseFlags++;
            }
        }
        String figures = "top-5 " + inTopFive + "/" + queries + ", duplicates flagged " + flagged + "/" + queries
                + ", distinct flagged " + falseFlags + "/" + distinct;
        assertThat(inTopFive).as(figures).isGreaterThanOrEqualTo((int) Math.ceil(queries * 0.98));
        assertThat(flagged).as(figures).isGreaterThanOrEqualTo((int) Math.ceil(queries * 0.95));
        assertThat(falseFlags).as(figures).isLessThanOrEqualTo(distinct / 20);
    }

    private List<Long> topFive(SearchQuery query, List<Candidate> candidates) {
        List<Match> matches = new ArrayList<>();
        for (Candidate c : candidates) {
            matches.add(scorer.score(query, c));
        }
        return matches.stream()
                .sorted(MatchOrder.byEvidence())
                .limit(5)
                .map(Match::personId)
                .toList();
    }

    static Candidate candidate(SyntheticPeople.Person p) {
        List<String> tokens = new ArrayList<>(NameNormaliser.tokens(p.givenNames() + " " + p.familyName()));
        p.preferredName().ifPresent(n -> tokens.addAll(NameNormaliser.tokens(n)));
        return new Candidate(
                p.index(),
                tokens,
                p.dateOfBirth(),
                p.dateOfBirthEstimated(),
                Optional.<String>empty().stream().collect(java.util.stream.Collectors.toSet()));
    }
}
