package app.haven.people;

import app.haven.people.matching.Candidate;
import app.haven.people.matching.DateOfBirthText;
import app.haven.people.matching.Detail;
import app.haven.people.matching.SearchQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
        if (words.isEmpty()) {
            for (int date : near) {
                visit.all(index.bornOn(LocalDate.ofEpochDay(date)), Integer.MAX_VALUE);
            }
        } else if (!near.isEmpty()) {
            visit.all(bornNearHoldingOne(near, expanded), Integer.MAX_VALUE);
        }
        if (!datedFirstPass && !words.isEmpty()) {
            visit.all(holdingTwo(expanded), Math.min(2, words.size()));
        }
        return visit.best(CandidateRetrieval.LIMIT).stream()
                .map(IndexedCandidates::found)
                .toList();
    }

    private static final int NO_DATE = NameIndex.Entry.NO_DATE;

    /**
     * One search's walk over posting lists. A person qualifies when at least {@code wordsNeeded} searched words
     * match their names, or one word and a near date (or, for a date alone, the near date); each is given a rough
     * weight in bits, rare words counting for more, so the few hundred kept for scoring are the best evidenced, not
     * the oldest records. Words are compared by the index's token numbers: each searched word as the tokens it may
     * stand for, the word itself first.
     */
    private final class Visit {
        final int[][] tokens;
        final double[][] bits;
        final int[] near;
        final int date;
        final SlotSet ranked = new SlotSet();
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
            this.tokens = new int[words.size()][];
            this.bits = new double[words.size()][];
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                List<String> stand = new ArrayList<>();
                stand.add(word);
                expanded.get(i).stream().filter(t -> !t.equals(word)).forEach(stand::add);
                tokens[i] = new int[stand.size()];
                bits[i] = new double[stand.size()];
                for (int t = 0; t < stand.size(); t++) {
                    tokens[i][t] = index.tokenId(stand.get(t));
                    // A loose match counts for less than the word itself.
                    bits[i][t] = bits(stand.get(t)) * (t == 0 ? 1.0 : 0.7);
                }
            }
            this.near = near.stream().mapToInt(Integer::intValue).toArray();
            this.date = date;
            this.postcode = postcode;
            this.school = school;
            this.parent = parent.isEmpty() ? "" : Detail.SEPARATOR + parent + Detail.SEPARATOR;
        }

        void all(NameIndex.Slice slice, int wordsNeeded) {
            for (int k = 0; k < slice.size(); k++) {
                int slot = slice.ids()[k];
                if (ranked.contains(slot)) {
                    continue;
                }
                NameIndex.Entry entry = index.atSlot(slot);
                if (entry != null) {
                    one(slot, entry, wordsNeeded);
                }
            }
        }

        private void one(int slot, NameIndex.Entry entry, int wordsNeeded) {
            double rank = 0;
            int wordsMatched = 0;
            for (int i = 0; i < tokens.length; i++) {
                int held = held(entry.tokenIds(), tokens[i]);
                if (held >= 0) {
                    wordsMatched++;
                    rank += bits[i][held];
                }
            }
            boolean nearDate = entry.epochDay() != NO_DATE && isNear(entry.epochDay());
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
                    tokens.length == 0 ? nearDate : wordsMatched >= wordsNeeded || (wordsMatched >= 1 && nearDate);
            if (qualifies) {
                ranked.add(slot, rank);
            }
        }

        private boolean isNear(int day) {
            for (int d : near) {
                if (d == day) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The {@code limit} people with the highest rough weight (to a thousandth of a bit), ties to the person the
         * index read first. Each is sorted as one number, the weight above the slot, so that a walk that kept a few
         * thousand sorts them without a comparator.
         */
        List<NameIndex.Entry> best(int limit) {
            long[] keys = new long[ranked.size()];
            int[] n = {0};
            ranked.forEach((slot, rank) -> keys[n[0]++] = (-Math.round(rank * 1000) << 32) | slot);
            java.util.Arrays.sort(keys);
            List<NameIndex.Entry> best = new ArrayList<>();
            for (int i = 0; i < Math.min(limit, keys.length); i++) {
                best.add(index.atSlot((int) keys[i]));
            }
            return best;
        }

        private double bits(String token) {
            return Math.log((double) index.population() / Math.max(1, index.count(token))) / Math.log(2);
        }
    }

    /**
     * Which of a word's tokens (the word itself first) the person holds: the word itself if they have it, else the
     * first of its other tokens they have; -1 when none.
     */
    private static int held(int[] personTokens, int[] wordTokens) {
        int found = -1;
        for (int mine : personTokens) {
            for (int t = 0; t < wordTokens.length; t++) {
                if (wordTokens[t] == mine && (found < 0 || t < found)) {
                    found = t;
                }
            }
        }
        return found;
    }

    /**
     * Everyone holding the rarest searched word (or one of its expansions) and, when two or more words were searched,
     * another of them: the people a name search may mean.
     */
    private NameIndex.Slice holdingTwo(List<Set<String>> expanded) {
        int smallest = smallest(expanded);
        List<NameIndex.Slice> rarest =
                expanded.get(smallest).stream().map(index::withToken).toList();
        if (expanded.size() < 2) {
            return SlotLists.inAny(rarest);
        }
        List<NameIndex.Slice> others = new ArrayList<>();
        for (int i = 0; i < expanded.size(); i++) {
            if (i != smallest) {
                expanded.get(i).stream().map(index::withToken).forEach(others::add);
            }
        }
        return SlotLists.inBoth(rarest, others, index.slots());
    }

    /** Everyone born on one of these days who holds one of the searched words or a name it may stand for. */
    private NameIndex.Slice bornNearHoldingOne(Set<Integer> days, List<Set<String>> expanded) {
        List<NameIndex.Slice> born = days.stream()
                .map(day -> index.bornOn(LocalDate.ofEpochDay(day)))
                .toList();
        List<NameIndex.Slice> holding = expanded.stream()
                .flatMap(Set::stream)
                .distinct()
                .map(index::withToken)
                .toList();
        return SlotLists.inBoth(born, holding, index.slots());
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
