package app.haven.people;

import app.haven.people.matching.Candidate;
import app.haven.people.matching.DateOfBirthText;
import app.haven.people.matching.SearchQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Candidate retrieval from the in-memory {@link NameIndex}, with the same rules as the SQL in
 * {@link CandidateRetrieval}: two searched words in any order, or a word and a near date of birth, or (one word or
 * a date alone) that; then the same rough order picks the few hundred worth scoring.
 */
@Component
class IndexedCandidates {

    private final NameIndex index;

    IndexedCandidates(NameIndex index) {
        this.index = index;
    }

    List<CandidateRetrieval.Found> find(SearchQuery query, boolean lastWordPartial, boolean loose) {
        List<String> words = query.nameTokens();
        List<Set<String>> expanded = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            expanded.add(index.expand(words.get(i), lastWordPartial && i == words.size() - 1, loose));
        }
        Optional<LocalDate> dob = query.dateOfBirth();
        Set<LocalDate> near = dob.map(DateOfBirthText::variants).orElse(Set.of());
        List<Set<String>> exact = words.stream().map(Set::of).toList();
        Map<Long, Integer> ranked = new HashMap<>();
        boolean datedFirstPass = !loose && dob.isPresent() && !words.isEmpty();
        if (!near.isEmpty()) {
            for (LocalDate date : near) {
                visit(index.bornOn(date), ranked, query, exact, expanded, near, Integer.MAX_VALUE);
            }
        }
        if (!datedFirstPass && !words.isEmpty()) {
            int smallest = smallest(expanded);
            for (String token : expanded.get(smallest)) {
                visit(index.withToken(token), ranked, query, exact, expanded, near, Math.min(2, words.size()));
            }
        }
        return ranked.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(CandidateRetrieval.LIMIT)
                .map(e -> found(index.entry(e.getKey())))
                .toList();
    }

    /**
     * Ranks each person in the slice that meets the rule: at least {@code wordsNeeded} searched words match their
     * names, or one word and a near date (or, for a date alone, the near date).
     */
    private void visit(
            NameIndex.Slice slice,
            Map<Long, Integer> ranked,
            SearchQuery query,
            List<Set<String>> exactWords,
            List<Set<String>> expanded,
            Set<LocalDate> near,
            int wordsNeeded) {
        for (int k = 0; k < slice.size(); k++) {
            long id = slice.ids()[k];
            if (ranked.containsKey(id)) {
                continue;
            }
            NameIndex.Entry entry = index.entry(id);
            if (entry == null) {
                continue;
            }
            int rank = 0;
            int wordsMatched = 0;
            for (int i = 0; i < expanded.size(); i++) {
                boolean exact = has(entry, exactWords.get(i));
                boolean any = exact || has(entry, expanded.get(i));
                rank += (exact ? 2 : 0) + (any ? 1 : 0);
                wordsMatched += any ? 1 : 0;
            }
            boolean nearDate = entry.epochDay() != NameIndex.Entry.NO_DATE
                    && near.contains(LocalDate.ofEpochDay(entry.epochDay()));
            boolean sameDate = nearDate && query.dateOfBirth().get().toEpochDay() == entry.epochDay();
            rank += (sameDate ? 3 : 0) + (nearDate ? 1 : 0);
            boolean qualifies =
                    expanded.isEmpty() ? nearDate : wordsMatched >= wordsNeeded || (wordsMatched >= 1 && nearDate);
            if (qualifies) {
                ranked.put(id, rank);
            }
        }
    }

    private static boolean has(NameIndex.Entry entry, Set<String> tokens) {
        for (String token : entry.tokens()) {
            if (tokens.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private int smallest(List<Set<String>> expanded) {
        int best = 0;
        long bestSize = Long.MAX_VALUE;
        for (int i = 0; i < expanded.size(); i++) {
            long size = expanded.get(i).stream().mapToLong(index::count).sum();
            if (size < bestSize) {
                bestSize = size;
                best = i;
            }
        }
        return best;
    }

    private static CandidateRetrieval.Found found(NameIndex.Entry entry) {
        return new CandidateRetrieval.Found(
                entry.keptId(),
                new Candidate(
                        entry.id(),
                        List.of(entry.tokens()),
                        entry.epochDay() == NameIndex.Entry.NO_DATE
                                ? Optional.empty()
                                : Optional.of(LocalDate.ofEpochDay(entry.epochDay())),
                        entry.estimated(),
                        Set.of()));
    }
}
