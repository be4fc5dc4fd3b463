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

    /**
     * The best matches, one per person (merged records folded into the record they were merged into). Tries the
     * word itself, its variants and one-typo neighbours first; only when that finds no convincing match does it
     * widen to sound-alikes and look-alikes, which cost several times more.
     */
    @Transactional(readOnly = true)
    List<Ranked> rank(SearchQuery query, boolean lastWordPartial, int limit) {
        List<Ranked> tight = rank(query, lastWordPartial, false, limit);
        if (!tight.isEmpty() && convincing(query, tight.get(0).match().score())) {
            return tight;
        }
        return rank(query, lastWordPartial, true, limit);
    }

    /** Every expansion at once, for the duplicate check, where a missed match costs more than a few milliseconds. */
    @Transactional(readOnly = true)
    List<Ranked> rankThoroughly(SearchQuery query, int limit) {
        return rank(query, false, true, limit);
    }

    /** A strong match, or without a date of birth to go on, every word matching as itself or a known variant. */
    static boolean convincing(SearchQuery query, int score) {
        return score >= STRONG || (query.dateOfBirth().isEmpty() && score >= STRONG_WITHOUT_DATE);
    }

    static final int STRONG = 85;
    static final int STRONG_WITHOUT_DATE = 76;

    private List<Ranked> rank(SearchQuery query, boolean lastWordPartial, boolean loose, int limit) {
        Map<Long, Ranked> best = new LinkedHashMap<>();
        for (CandidateRetrieval.Found found : retrieval.find(query, lastWordPartial, loose)) {
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
