package app.haven.people.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs each searched-for word with a different word of the record's names, strongest pairs first, in whatever
 * order they were typed; words left over matched nothing. The scorer weighs each pair by how rare the record's word
 * is.
 */
record NameScore(List<Pair> pairs, List<String> unmatched) {

    /** With {@code prefixes} false a word must be whole: forms are typed in full, only a search box is partial. */
    static NameScore of(List<String> query, List<String> names, boolean prefixes) {
        List<Pair> all = new ArrayList<>();
        for (int q = 0; q < query.size(); q++) {
            for (int n = 0; n < names.size(); n++) {
                NameMatch match = NameMatch.of(query.get(q), names.get(n));
                if (match != NameMatch.NONE && (prefixes || match != NameMatch.PREFIX)) {
                    all.add(new Pair(q, n, query.get(q), names.get(n), match));
                }
            }
        }
        all.sort(Comparator.comparingDouble((Pair p) -> -p.match().weight).thenComparingInt(Pair::query));
        boolean[] usedQuery = new boolean[query.size()];
        boolean[] usedName = new boolean[names.size()];
        List<Pair> chosen = new ArrayList<>();
        for (Pair pair : all) {
            if (usedQuery[pair.query()] || usedName[pair.name()]) {
                continue;
            }
            usedQuery[pair.query()] = true;
            usedName[pair.name()] = true;
            chosen.add(pair);
        }
        List<String> unmatched = new ArrayList<>();
        for (int q = 0; q < query.size(); q++) {
            if (!usedQuery[q]) {
                unmatched.add(query.get(q));
            }
        }
        chosen.sort(Comparator.comparingInt(Pair::query));
        return new NameScore(List.copyOf(chosen), List.copyOf(unmatched));
    }

    /** One searched word and the record word it was paired with ({@code query} and {@code name}: positions). */
    record Pair(int query, int name, String searched, String held, NameMatch match) {

        String reason() {
            return switch (match) {
                case EXACT -> "Name ‘" + searched + "’ matches";
                case VARIANT -> "‘" + searched + "’ is a variant of ‘" + held + "’";
                case SOUNDS_ALIKE -> "‘" + searched + "’ sounds like ‘" + held + "’";
                case TYPO -> "‘" + searched + "’ looks like a typing slip for ‘" + held + "’";
                case SHORT_TYPO -> "‘" + searched + "’ may be a typing slip for ‘" + held + "’";
                case PREFIX -> "‘" + searched + "’ is the start of ‘" + held + "’";
                case NONE -> "";
            };
        }
    }
}
