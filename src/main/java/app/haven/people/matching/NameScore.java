package app.haven.people.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pairs each searched-for word with a different word of the record's names, strongest pairs first, and averages
 * the strengths: 1.0 when every word matched exactly, in whatever order.
 */
record NameScore(double score, int strongMatches, List<String> reasons, double[] perWord) {

    static NameScore of(List<String> query, List<String> names) {
        return of(query, names, true);
    }

    /** With {@code prefixes} false a word must be whole: forms are typed in full, only a search box is partial. */
    static NameScore of(List<String> query, List<String> names, boolean prefixes) {
        if (query.isEmpty()) {
            return new NameScore(0, 0, List.of(), new double[0]);
        }
        List<Pair> pairs = new ArrayList<>();
        for (int q = 0; q < query.size(); q++) {
            for (int n = 0; n < names.size(); n++) {
                NameMatch match = NameMatch.of(query.get(q), names.get(n));
                if (match != NameMatch.NONE && (prefixes || match != NameMatch.PREFIX)) {
                    pairs.add(new Pair(q, n, match));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.match().weight).thenComparingInt(Pair::query));
        Set<Integer> usedQuery = new HashSet<>();
        Set<Integer> usedName = new HashSet<>();
        double total = 0;
        double[] perWord = new double[query.size()];
        int strong = 0;
        List<String> exact = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (Pair pair : pairs) {
            if (usedQuery.contains(pair.query()) || usedName.contains(pair.name())) {
                continue;
            }
            usedQuery.add(pair.query());
            usedName.add(pair.name());
            total += pair.match().weight;
            perWord[pair.query()] = pair.match().weight;
            strong += pair.match().weight >= NameMatch.VARIANT.weight ? 1 : 0;
            String searched = query.get(pair.query());
            String held = names.get(pair.name());
            switch (pair.match()) {
                case EXACT -> exact.add("‘" + searched + "’");
                case VARIANT -> reasons.add("‘" + searched + "’ is a variant of ‘" + held + "’");
                case SOUNDS_ALIKE -> reasons.add("‘" + searched + "’ sounds like ‘" + held + "’");
                case TYPO -> reasons.add("‘" + searched + "’ looks like a typing slip for ‘" + held + "’");
                case PREFIX -> reasons.add("‘" + searched + "’ is the start of ‘" + held + "’");
                case NONE -> {}
            }
        }
        if (!exact.isEmpty()) {
            reasons.add(0, "Name " + String.join(" and ", exact) + (exact.size() == 1 ? " matches" : " match"));
        }
        int unmatched = query.size() - usedQuery.size();
        if (unmatched > 0) {
            reasons.add(
                    unmatched == 1
                            ? "One word of the name does not match"
                            : unmatched + " words of the name do not match");
        }
        return new NameScore(total / query.size(), strong, reasons, perWord);
    }

    /** Whether each of the first {@code count} words matched at least as a known variant. */
    boolean firstWordsStrong(int count) {
        if (count == 0 || count > perWord.length) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (perWord[i] < NameMatch.VARIANT.weight) {
                return false;
            }
        }
        return true;
    }

    private record Pair(int query, int name, NameMatch match) {}
}
