package app.haven.people.matching;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everyone a search has scored, across its passes: the best match per person (a merged record counts for the record
 * it was merged into). A wider pass only adds to it, so a person an earlier pass scored can never be dropped by a
 * later pass's cut of candidates.
 */
public final class Scoreboard {

    /** A match of this strength needs no wider pass. */
    static final int STRONG = 85;

    private final SearchQuery query;
    private final MatchScorer scorer;
    private final Map<Long, Scored> best = new HashMap<>();
    private final Comparator<Match> order = MatchOrder.byEvidence();

    public Scoreboard(SearchQuery query, MatchScorer scorer) {
        this.query = query;
        this.scorer = scorer;
    }

    /** Scores a candidate that stands for the person {@code keptId}; keeps it if it is that person's best match. */
    public void score(long keptId, Candidate candidate) {
        Scored scored = new Scored(keptId, scorer.score(query, candidate));
        best.merge(keptId, scored, (a, b) -> order.compare(a.match(), b.match()) <= 0 ? a : b);
    }

    /**
     * Whether some match is convincing enough not to widen: a strong match, or a record every searched word and the
     * date of birth (when one was typed) matched in some way, since sound-alikes would add only weaker matches.
     */
    public boolean convincing() {
        int everything = query.nameTokens().size() + (query.dateOfBirth().isPresent() ? 1 : 0);
        return best.values().stream()
                .map(Scored::match)
                .anyMatch(m -> m.score() >= STRONG || (!query.nameTokens().isEmpty() && m.agreeing() >= everything));
    }

    /** The best {@code limit} people, strongest evidence first, ties broken by evidence (see {@link MatchOrder}). */
    public List<Scored> top(int limit) {
        return best.values().stream()
                .sorted((a, b) -> order.compare(a.match(), b.match()))
                .limit(limit)
                .toList();
    }

    /** How many people scored have this rank weight. */
    public Map<Long, Integer> sharingScore() {
        Map<Long, Integer> sharing = new HashMap<>();
        best.values().forEach(s -> sharing.merge(s.match().rankWeight(), 1, Integer::sum));
        return sharing;
    }

    /** A person and their best match. */
    public record Scored(long personId, Match match) {}
}
