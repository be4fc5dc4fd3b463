package app.haven.people;

import app.haven.people.matching.Candidate;
import app.haven.people.matching.DateOfBirthText;
import app.haven.people.matching.Detail;
import app.haven.people.matching.SearchQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Candidate retrieval from the in-memory {@link NameIndex}, with the same rules as the SQL in
 * {@link CandidateRetrieval}: two searched words in any order, or a word and a near date of birth, or (one word or
 * a date alone) that; then a rough weight, rare words counting for more and a postcode or school typed on the form
 * counting a lot, picks the hundred worth scoring.
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
        Set<Integer> near = new HashSet<>();
        dob.map(DateOfBirthText::variants).orElse(Set.of()).forEach(d -> near.add((int) d.toEpochDay()));
        Visit visit = new Visit(
                words,
                expanded,
                near,
                dob.map(d -> (int) d.toEpochDay()).orElse(NO_DATE),
                query.details().getOrDefault(Detail.POSTCODE, ""),
                query.details().getOrDefault(Detail.SCHOOL, ""),
                query.details().getOrDefault(Detail.PARENT_NAME, ""));
        boolean datedFirstPass = !loose && dob.isPresent() && !words.isEmpty();
        for (int date : near) {
            visit.all(index.bornOn(LocalDate.ofEpochDay(date)), Integer.MAX_VALUE);
        }
        if (!datedFirstPass && !words.isEmpty()) {
            long[] holding = holdingTwo(expanded);
            visit.all(new NameIndex.Slice(holding, holding.length), Math.min(2, words.size()));
        }
        return visit.ranked.entrySet().stream()
                .sorted(Map.Entry.<Long, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(CandidateRetrieval.LIMIT)
                .map(e -> found(index.entry(e.getKey())))
                .toList();
    }

    private static final int NO_DATE = NameIndex.Entry.NO_DATE;

    /**
     * One search's walk over posting lists. A person qualifies when at least {@code wordsNeeded} searched words
     * match their names, or one word and a near date (or, for a date alone, the near date); each is given a rough
     * weight in bits, rare words counting for more, so the few hundred kept for scoring are the best evidenced, not
     * the oldest records.
     */
    private final class Visit {
        final List<String> words;
        final List<Set<String>> expanded;
        final Set<Integer> near;
        final int date;
        final Map<Long, Double> ranked = new HashMap<>();
        final Map<String, Double> bits = new HashMap<>();
        final String postcode;
        final String school;
        final String parent;

        Visit(
                List<String> words,
                List<Set<String>> expanded,
                Set<Integer> near,
                int date,
                String postcode,
                String school,
                String parent) {
            this.words = words;
            this.expanded = expanded;
            this.near = near;
            this.date = date;
            this.postcode = postcode;
            this.school = school;
            this.parent = parent.isEmpty() ? "" : Detail.SEPARATOR + parent + Detail.SEPARATOR;
        }

        void all(NameIndex.Slice slice, int wordsNeeded) {
            for (int k = 0; k < slice.size(); k++) {
                long id = slice.ids()[k];
                if (ranked.containsKey(id)) {
                    continue;
                }
                NameIndex.Entry entry = index.entry(id);
                if (entry != null) {
                    one(entry, wordsNeeded);
                }
            }
        }

        private void one(NameIndex.Entry entry, int wordsNeeded) {
            double rank = 0;
            int wordsMatched = 0;
            for (int i = 0; i < words.size(); i++) {
                String held = held(entry, words.get(i), expanded.get(i));
                if (held != null) {
                    wordsMatched++;
                    rank += bits(held) * (held.equals(words.get(i)) ? 1.0 : 0.7);
                }
            }
            boolean nearDate = entry.epochDay() != NO_DATE && near.contains(entry.epochDay());
            rank += entry.epochDay() == date ? 13 : nearDate ? 7 : 0;
            // A postcode or school typed on the form keeps the child who shares it among the hundred scored, however
            // many namesakes there are (a name with no date of birth, at a million people).
            rank += !postcode.isEmpty() && postcode.equals(entry.postcode()) ? 16 : 0;
            rank += !school.isEmpty() && school.equals(entry.school()) ? 10 : 0;
            rank += !parent.isEmpty()
                            && !entry.parents().isEmpty()
                            && (Detail.SEPARATOR + entry.parents() + Detail.SEPARATOR).contains(parent)
                    ? 10
                    : 0;
            boolean qualifies =
                    words.isEmpty() ? nearDate : wordsMatched >= wordsNeeded || (wordsMatched >= 1 && nearDate);
            if (qualifies) {
                ranked.put(entry.id(), rank);
            }
        }

        private double bits(String token) {
            return bits.computeIfAbsent(
                    token, t -> Math.log((double) index.population() / Math.max(1, index.count(t))) / Math.log(2));
        }
    }

    /**
     * Everyone holding the rarest searched word (or one of its expansions) and, when two or more words were searched,
     * another of them: the people a name search may mean, ascending. Found by merging sorted posting lists, a few
     * hundred thousand comparisons for the commonest names, instead of looking up each holder of the rarest word.
     */
    private long[] holdingTwo(List<Set<String>> expanded) {
        int smallest = smallest(expanded);
        long[] rarest = union(expanded.get(smallest));
        if (expanded.size() < 2) {
            return rarest;
        }
        boolean[] also = new boolean[rarest.length];
        for (int i = 0; i < expanded.size(); i++) {
            if (i == smallest) {
                continue;
            }
            for (String token : expanded.get(i)) {
                NameIndex.Slice other = index.withToken(token);
                int a = 0;
                int b = 0;
                while (a < rarest.length && b < other.size()) {
                    long x = rarest[a];
                    long y = other.ids()[b];
                    if (x == y) {
                        also[a++] = true;
                        b++;
                    } else if (x < y) {
                        a++;
                    } else {
                        b++;
                    }
                }
            }
        }
        int kept = 0;
        for (int a = 0; a < rarest.length; a++) {
            if (also[a]) {
                rarest[kept++] = rarest[a];
            }
        }
        return java.util.Arrays.copyOf(rarest, kept);
    }

    /** The ids holding any of these tokens, ascending, each once. */
    private long[] union(Set<String> tokens) {
        long[] all = new long[0];
        for (String token : tokens) {
            NameIndex.Slice slice = index.withToken(token);
            long[] merged = new long[all.length + slice.size()];
            int a = 0;
            int b = 0;
            int n = 0;
            while (a < all.length || b < slice.size()) {
                long next;
                if (b >= slice.size() || (a < all.length && all[a] <= slice.ids()[b])) {
                    next = all[a++];
                } else {
                    next = slice.ids()[b++];
                }
                if (n == 0 || merged[n - 1] != next) {
                    merged[n++] = next;
                }
            }
            all = n == merged.length ? merged : java.util.Arrays.copyOf(merged, n);
        }
        return all;
    }

    /** The word itself if the person has it, else the first of its expansions they have, else null. */
    private static String held(NameIndex.Entry entry, String word, Set<String> tokens) {
        String loose = null;
        for (String token : entry.tokens()) {
            if (token.equals(word)) {
                return token;
            }
            if (loose == null && tokens.contains(token)) {
                loose = token;
            }
        }
        return loose;
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
                        entry.dateOfBirth(),
                        entry.estimated(),
                        Set.of(),
                        entry.details()));
    }
}
