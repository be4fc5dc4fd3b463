package app.haven.people;

import app.haven.people.matching.Match;
import app.haven.people.matching.MatchScorer;
import app.haven.people.matching.SearchQuery;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks people for a search or a duplicate check: candidates from PostgreSQL, scored in Java with reasons. A
 * merged record's names still find the person, and the result points to the record it was merged into. It does
 * not decide who may see what; {@link SearchResults} does that for the results it shows.
 */
@Service
class PersonSearch {

    private final CandidateRetrieval retrieval;
    private final MatchScorer scorer;

    PersonSearch(CandidateRetrieval retrieval) {
        this.retrieval = retrieval;
        this.scorer = new MatchScorer();
    }

    /** The best matches, one per person (merged records folded into the record they were merged into). */
    @Transactional(readOnly = true)
    List<Ranked> rank(SearchQuery query, boolean lastWordPartial, int limit) {
        Map<Long, Ranked> best = new LinkedHashMap<>();
        for (CandidateRetrieval.Found found : retrieval.find(query, lastWordPartial)) {
            Match match = scorer.score(query, found.candidate());
            best.merge(
                    found.keptId(),
                    new Ranked(found.keptId(), match),
                    (a, b) -> a.match().score() >= b.match().score() ? a : b);
        }
        return best.values().stream()
                .sorted(Comparator.comparingInt((Ranked r) -> r.match().score())
                        .reversed()
                        .thenComparingLong(Ranked::personId))
                .limit(limit)
                .toList();
    }

    /** A person and how well they match. */
    record Ranked(long personId, Match match) {}
}
