package app.haven.people.matching;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores a record against a search and says why, weighing each agreement by how rare the shared value is in the
 * population (Fellegi–Sunter with term frequencies, ADR 0006). Names count in any order, each searched word paired
 * with the record word it matches best; the date of birth confirms or contradicts; sex, area and other details
 * corroborate or count against; a shared identifier settles it.
 *
 * <p>The evidence is then set against the population: among a million people a full name 270 share and a date of
 * birth a hundred share would together match about 0.03 people by chance, so they make a likely duplicate; a given
 * name and a date of birth alone would match several, so they do not. A record is a likely duplicate when the
 * evidence would be met by chance by fewer than one person in {@code 2^LIKELY_MARGIN} such checks, and a given name
 * or the date of birth agrees: a brother or sister shares the surname, the address and often the school, and only
 * a given name or a birthday tells one child from another (the fields are not independent, as the weights assume).
 */
public final class MatchScorer {

    /** Bits above log2(population) that make a likely duplicate: chosen from the benchmark's sweep (ADR 0006). */
    static final double LIKELY_MARGIN = 3.5;

    private final Rarity rarity;

    public MatchScorer(Rarity rarity) {
        this.rarity = rarity;
    }

    public Match score(SearchQuery query, Candidate candidate) {
        int population = rarity.population();
        Evidence evidence = new Evidence();
        query.identifiers().stream()
                .filter(candidate.identifiers()::contains)
                .forEach(id -> evidence.add(Weights.IDENTIFIER, "Identifier " + id + " matches"));
        boolean shared = evidence.agreeing > 0;
        names(query, candidate, evidence);
        int dateDistance = date(query, candidate, evidence);
        details(query, candidate, evidence);
        double odds = Math.pow(2, evidence.weight) / population;
        int score = shared ? 100 : (int) Math.min(99, Math.round(100 * odds / (1 + odds)));
        boolean likely = shared
                || (evidence.weight >= Weights.log2(population) + LIKELY_MARGIN
                        && (evidence.givenNameAgrees || evidence.dateAgrees));
        return new Match(
                candidate.personId(),
                score,
                evidence.reasons,
                likely,
                evidence.weight,
                evidence.agreeing,
                dateDistance);
    }

    private void names(SearchQuery query, Candidate candidate, Evidence evidence) {
        NameScore names = NameScore.of(query.nameTokens(), candidate.nameTokens(), query.givenNameCount() == 0);
        for (NameScore.Pair pair : names.pairs()) {
            int holders = rarity.holders(pair.held());
            evidence.namesAgreeing.add(pair.held());
            if (!Boolean.TRUE.equals(familyWord(query, pair.query()))) {
                evidence.givenNameAgrees = true;
            }
            evidence.add(
                    Weights.name(pair.match(), holders, rarity.population()),
                    pair.reason() + " (" + people(holders) + " " + (holders == 1 ? "has" : "have") + " it)");
        }
        List<String> words = query.nameTokens();
        for (String word : names.unmatched()) {
            evidence.against(
                    Weights.nameDiffers(familyWord(query, words.indexOf(word))),
                    "‘" + word + "’ matches none of their names");
        }
    }

    /**
     * Whether the searched word at {@code position} is a family name: on a form, a word of the family name box; in
     * the search box, the last of two or more words (people type names given name first). Null when it cannot be
     * told (a single word).
     */
    static Boolean familyWord(SearchQuery query, int position) {
        int words = query.nameTokens().size();
        if (query.givenNameCount() > 0) {
            return position >= query.givenNameCount();
        }
        return words < 2 ? null : position == words - 1;
    }

    private int date(SearchQuery query, Candidate candidate, Evidence evidence) {
        if (query.dateOfBirth().isEmpty() || candidate.dateOfBirth().isEmpty()) {
            return Integer.MAX_VALUE;
        }
        LocalDate searched = query.dateOfBirth().get();
        LocalDate held = candidate.dateOfBirth().get();
        int distance = (int) Math.min(Integer.MAX_VALUE - 1, Math.abs(ChronoUnit.DAYS.between(searched, held)));
        if (candidate.dateOfBirthEstimated()) {
            int years = Math.abs(searched.getYear() - held.getYear());
            DobComparison level = years == 0
                    ? DobComparison.SAME
                    : years == 1 ? DobComparison.YEAR_OFF_BY_ONE : DobComparison.DIFFERENT;
            double weight = Weights.estimatedDate(level);
            if (level == DobComparison.DIFFERENT) {
                evidence.against(weight, "Estimated year of birth differs");
            } else {
                evidence.dateAgrees = true;
                evidence.add(weight, "Estimated year of birth is close");
            }
            return distance;
        }
        DobComparison level = DateOfBirthText.compare(searched, held);
        double weight = Weights.date(level, rarity.bornThatDay(held), rarity.population());
        if (level == DobComparison.DIFFERENT) {
            evidence.against(weight, "Date of birth differs");
        } else {
            evidence.dateAgrees = true;
            int born = rarity.bornThatDay(held);
            evidence.add(weight, dateReason(level) + " (" + people(born) + " born that day)");
        }
        return distance;
    }

    private void details(SearchQuery query, Candidate candidate, Evidence evidence) {
        for (Map.Entry<Detail, String> typed : query.details().entrySet()) {
            Detail detail = typed.getKey();
            List<String> values = detail.held(candidate.details().get(detail));
            String searched = detail.normalise(typed.getValue());
            if (searched.isEmpty() || values.isEmpty()) {
                continue;
            }
            // A child may have several parents and carers on record: the name typed agrees when it is one of theirs.
            String held = values.stream()
                    .filter(searched::equalsIgnoreCase)
                    .findFirst()
                    .orElse(values.get(0));
            boolean agrees = searched.equalsIgnoreCase(held);
            double typical = detail.typicalPerThousand / 1000;
            double share = rarity.sharing(detail, held).isPresent()
                    ? Weights.share(rarity.sharing(detail, held).getAsInt(), rarity.population(), typical)
                    : typical;
            if (agrees && detail == Detail.PARENT_NAME) {
                share = Math.max(share, parentShareAmongNamesakes(held, evidence));
            }
            double weight = Weights.detail(detail, agrees, share);
            if (agrees) {
                evidence.add(weight, detail.label + " matches");
            } else {
                evidence.against(weight, detail.label + " differs");
            }
        }
    }

    /**
     * A parent's name shares its family name with most of their children, so once the child's family name has agreed
     * the parent's agreeing says little more than their given name does: the share that counts is then that of the
     * children holding the shared word who have a parent of this name (children of parents so named, among holders of
     * the word), not that among everyone. Zero when no word of the parent's name agreed among the child's names.
     */
    private double parentShareAmongNamesakes(String parent, Evidence evidence) {
        double share = 0;
        int parents = rarity.sharing(Detail.PARENT_NAME, parent).orElse(1);
        for (String word : parent.split(" ")) {
            if (evidence.namesAgreeing.contains(word)) {
                share = Math.max(
                        share, Math.min(1.0, (double) Math.max(1, parents) / Math.max(1, rarity.holders(word))));
            }
        }
        return share;
    }

    private static String dateReason(DobComparison comparison) {
        return switch (comparison) {
            case SAME -> "Date of birth matches";
            case DAY_MONTH_SWAPPED -> "Date of birth matches with day and month swapped";
            case YEAR_OFF_BY_ONE -> "Date of birth is one year out";
            case SWAPPED_AND_YEAR_OFF_BY_ONE -> "Date of birth is one year out with day and month swapped";
            case DIFFERENT -> "Date of birth differs";
        };
    }

    private static String people(int count) {
        return count <= 1 ? "1 person" : thousands(count) + " people";
    }

    /** 16000 as "16,000": as String.format("%,d") in a UK locale, without its cost on every candidate scored. */
    static String thousands(int count) {
        String digits = Integer.toString(count);
        StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }

    /**
     * The running total in bits, how many things agree, whether a given name and the date of birth agree, and the
     * reasons in the order found.
     */
    private static final class Evidence {
        double weight;
        int agreeing;
        boolean givenNameAgrees;
        boolean dateAgrees;
        final java.util.Set<String> namesAgreeing = new java.util.HashSet<>();
        final List<String> reasons = new ArrayList<>();

        void add(double bits, String reason) {
            weight += bits;
            agreeing++;
            reasons.add(reason);
        }

        void against(double bits, String reason) {
            weight += bits;
            reasons.add(reason);
        }
    }
}
