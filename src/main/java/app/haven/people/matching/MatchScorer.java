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
 * agrees, or the date of birth agrees and no given name differs: a brother or sister shares the surname, the address
 * and often the school, a twin the birthday too, and only a given name or a birthday tells one child from another
 * (the fields are not independent, as the weights assume). Between the two margins the check cannot tell the record
 * from this person and asks for more ({@link #cannotTellApart}).
 */
public final class MatchScorer {

    /** Bits above log2(population) that make a likely duplicate: chosen from the benchmark's sweep (ADR 0006). */
    static final double LIKELY_MARGIN = 2.5;

    /**
     * Bits above log2(population) from which the check cannot tell a record from this person without more (Fellegi and
     * Sunter's "possible link", which a clerk reviews): the evidence would be met by chance by fewer than one person in
     * {@code 2^POSSIBLE_MARGIN} checks but not by as few as a likely duplicate's. The check then asks for a detail
     * that tells children apart instead of letting the record through or showing namesakes (ADR 0006).
     */
    static final double POSSIBLE_MARGIN = 0.0;

    private final Rarity rarity;

    public MatchScorer(Rarity rarity) {
        this.rarity = rarity;
    }

    /**
     * Whether a match that is not a likely duplicate is still too close to let a new record through unexamined: the
     * duplicate check asks for a detail that tells children apart (an identifier, postcode, school or a parent's name).
     */
    public boolean cannotTellApart(Match match) {
        return !match.likelyDuplicate() && match.weight() >= Weights.log2(rarity.population()) + POSSIBLE_MARGIN;
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
                        && (evidence.givenNameAgrees || (evidence.dateAgrees && !evidence.givenNameDiffers)));
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
            if (Boolean.FALSE.equals(familyWord(query, words.indexOf(word)))) {
                evidence.givenNameDiffers = true;
            }
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
        Map<Detail, Boolean> agreement = new java.util.EnumMap<>(Detail.class);
        Map<Detail, Double> weights = new java.util.EnumMap<>(Detail.class);
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
            agreement.put(detail, agrees);
            weights.put(detail, Weights.detail(detail, agrees, share));
        }
        agreement.forEach((detail, agrees) -> {
            if (agrees) {
                evidence.add(
                        redundant(detail, agreement, evidence) ? 0 : weights.get(detail), detail.label + " matches");
            } else {
                evidence.against(weights.get(detail), detail.label + " differs");
            }
        });
    }

    /**
     * Whether an agreeing detail tells nothing the evidence has not already told, so that counting it again would
     * count one thing twice (the fields are not independent, as Fellegi–Sunter assumes): a given name that agrees
     * already says the child's sex (few names are given to both), and a postcode or school that agrees already says
     * the area (postcodes and schools lie within one). Disagreeing still counts: a Ralph recorded as a girl, or a
     * postcode in one area with the record in another, is telling.
     */
    static boolean redundant(Detail detail, Map<Detail, Boolean> agreement, Evidence evidence) {
        return switch (detail) {
            case SEX -> evidence.givenNameAgrees;
            case AREA ->
                Boolean.TRUE.equals(agreement.get(Detail.POSTCODE))
                        || Boolean.TRUE.equals(agreement.get(Detail.SCHOOL));
            default -> false;
        };
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
    static final class Evidence {
        double weight;
        int agreeing;
        boolean givenNameAgrees;
        boolean givenNameDiffers;
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
