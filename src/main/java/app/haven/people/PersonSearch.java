package app.haven.people;

import app.haven.people.matching.Match;
import app.haven.people.matching.MatchScorer;
import app.haven.people.matching.Scoreboard;
import app.haven.people.matching.SearchQuery;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks people for a search or a duplicate check: candidates from the name index, scored in Java with reasons and
 * weighed by how rare each shared name and date is. A merged record's names still find the person, and the result
 * points to the record it was merged into. It does not decide who may see what; {@link SearchResults} does that for
 * the results it shows.
 */
@Service
class PersonSearch {

    private final CandidateRetrieval retrieval;
    private final NameIndex index;
    private final MatchScorer scorer;

    PersonSearch(CandidateRetrieval retrieval, NameIndex index) {
        this.retrieval = retrieval;
        this.index = index;
        this.scorer = new MatchScorer(index);
    }

    /** The best matches, one per person, strongest first. */
    @Transactional(readOnly = true)
    List<Ranked> rank(SearchQuery query, boolean lastWordPartial, int limit) {
        return ranking(query, lastWordPartial, limit).ranked();
    }

    /**
     * The best matches, one per person (merged records folded into the record they were merged into), and how many
     * scored the same. Tries the word itself, its variants and one-typo neighbours first; only when that finds no
     * convincing match does it widen to sound-alikes, and everyone the first pass scored stays in the running.
     */
    @Transactional(readOnly = true)
    Ranking ranking(SearchQuery query, boolean lastWordPartial, int limit) {
        index.catchUp();
        return caughtUp(query, lastWordPartial, limit);
    }

    /**
     * The search box's two rankings against one catch-up of the index: the search as typed and, when a date of birth
     * was typed, the same words without it, from which results outside the user's scope are chosen (ADR 0009). Both
     * are made before anything is read from PostgreSQL, so the page reads scope and display once for both. Needs no
     * transaction: its only statement is the index's catch-up.
     */
    SearchBoxRankings searchBox(SearchQuery query, int limit) {
        index.catchUp();
        return searchBoxCaughtUp(query, limit);
    }

    /** The search box's two rankings against the index as it stands (for a benchmark of the ranking alone). */
    SearchBoxRankings searchBoxCaughtUp(SearchQuery query, int limit) {
        Ranking typed = caughtUp(query, true, limit);
        if (query.dateOfBirth().isEmpty()) {
            return new SearchBoxRankings(typed, typed.ranked());
        }
        SearchQuery withoutDate = query.withoutDate();
        return new SearchBoxRankings(
                typed,
                withoutDate.isEmpty()
                        ? List.of()
                        : caughtUp(withoutDate, true, limit).ranked());
    }

    /** The search as typed, and the ranking results outside scope are chosen from (the same when no date was typed). */
    record SearchBoxRankings(Ranking typed, List<Ranked> outsideScope) {}

    private Ranking caughtUp(SearchQuery query, boolean lastWordPartial, int limit) {
        Scoreboard board = new Scoreboard(query, scorer);
        score(board, query, lastWordPartial, false);
        if (!board.convincing()) {
            score(board, query, lastWordPartial, true);
        }
        return Ranking.of(board, limit);
    }

    /** Both passes whatever the first finds, for the duplicate check, where a missed match costs more. */
    @Transactional(readOnly = true)
    Ranking rankThoroughly(SearchQuery query, int limit) {
        index.catchUp();
        return thoroughlyCaughtUp(query, limit);
    }

    /** Both passes against the index as it stands. */
    Ranking thoroughlyCaughtUp(SearchQuery query, int limit) {
        Scoreboard board = new Scoreboard(query, scorer);
        score(board, query, false, false);
        score(board, query, false, true);
        return Ranking.of(board, limit);
    }

    /**
     * The duplicate check's likely matches, strongest first. With only a name to go on (no date of birth,
     * identifier, postcode or school) and several people holding it, none is called likely: the check says how many share the name and
     * asks for more instead of showing a page of namesakes.
     */
    @Transactional(readOnly = true)
    List<Ranked> likelyDuplicates(SearchQuery query, int shown) {
        return duplicates(query, shown).likely();
    }

    /** What the duplicate check finds: see {@link #duplicatesAmong}. */
    @Transactional(readOnly = true)
    Duplicates duplicates(SearchQuery query, int shown) {
        int namesakes = query.nameOnly() ? namesakes(query) : 0;
        if (namesakes > 1) {
            return Duplicates.namesakes(namesakes);
        }
        return duplicatesAmong(query, rankThoroughly(query, shown * 4).ranked(), shown);
    }

    /**
     * The likely duplicates among a thorough ranking already made for this query, strongest first; when there are
     * none, how many people the check cannot tell from this person: with no date of birth or identifier typed, the
     * people holding the name (or one it may stand for), otherwise those whose evidence, though short of likely, would
     * be met by chance by fewer than one person per check ({@link MatchScorer#cannotTellApart}). The check then asks
     * for more, and shows the first few of those it cannot tell apart as possible matches for the user to compare
     * (the review Fellegi and Sunter leave to a clerk); namesakes with no date typed are only counted.
     */
    Duplicates duplicatesAmong(SearchQuery query, List<Ranked> ranked, int shown) {
        int namesakes = query.nameOnly() ? namesakes(query) : 0;
        if (namesakes > 1) {
            return Duplicates.namesakes(namesakes);
        }
        List<Ranked> likely = ranked.stream()
                .filter(r -> r.match().likelyDuplicate())
                .limit(shown)
                .toList();
        if (!likely.isEmpty()) {
            return new Duplicates(likely, 0, List.of());
        }
        if (query.undated()) {
            return Duplicates.namesakes(namesakes(query));
        }
        List<Ranked> close =
                ranked.stream().filter(r -> scorer.cannotTellApart(r.match())).toList();
        return new Duplicates(List.of(), close.size(), close.subList(0, Math.min(shown, close.size())));
    }

    /**
     * The likely duplicates, strongest first; or else how many people the check cannot tell from this person, and
     * the strongest few of them when a date or identifier was typed (possible matches, never called likely).
     */
    record Duplicates(List<Ranked> likely, int cannotTell, List<Ranked> possible) {

        static Duplicates namesakes(int count) {
            return new Duplicates(List.of(), count, List.of());
        }

        /** Whether the check stops the new record for a second look (likely duplicates, or more details asked for). */
        boolean stops() {
            return !likely.isEmpty() || cannotTell > 0;
        }
    }

    /** How many people the index holds (children and adults), against which the evidence is weighed. */
    int population() {
        index.catchUp();
        return index.population();
    }

    /**
     * How many people hold every searched name word or a name it may stand for (a nickname, a one-letter slip), for
     * "this many people have this name or one close to it".
     */
    int namesakes(SearchQuery query) {
        index.catchUp();
        return index.holdingAll(query.nameTokens().stream()
                .map(word -> index.expand(word, false, false))
                .toList());
    }

    private void score(Scoreboard board, SearchQuery query, boolean lastWordPartial, boolean loose) {
        for (CandidateRetrieval.Found found : retrieval.candidates(query, lastWordPartial, loose)) {
            board.score(found.keptId(), found.candidate());
        }
    }

    /** A person and how well they match. */
    record Ranked(long personId, Match match) {}

    /**
     * The strongest matches in order, and how many of all those scored share each score, so a page can say how many
     * more match as well as the last one it shows.
     */
    record Ranking(List<Ranked> ranked, Map<Long, Integer> sharingScore) {

        static Ranking of(Scoreboard board, int limit) {
            List<Ranked> top = board.top(limit).stream()
                    .map(s -> new Ranked(s.personId(), s.match()))
                    .toList();
            return new Ranking(top, board.sharingScore());
        }

        /** How many people not in {@code shown} score the same as the last one shown. */
        int moreSharingLast(List<Ranked> shown) {
            if (shown.isEmpty()) {
                return 0;
            }
            long last = shown.get(shown.size() - 1).match().rankWeight();
            long shownWithIt =
                    shown.stream().filter(r -> r.match().rankWeight() == last).count();
            return (int) Math.max(0, sharingScore.getOrDefault(last, 0) - shownWithIt);
        }
    }
}
