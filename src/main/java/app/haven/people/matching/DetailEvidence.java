package app.haven.people.matching;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Weighs the details typed beyond names and date of birth (sex, area, postcode, school, a parent's or carer's name):
 * each worth as much as few share the value, each counting against when it differs, none counting twice for what the
 * evidence has already told.
 */
final class DetailEvidence {

    private final Rarity rarity;

    DetailEvidence(Rarity rarity) {
        this.rarity = rarity;
    }

    void weigh(SearchQuery query, Candidate candidate, Evidence evidence) {
        Map<Detail, Boolean> agreement = new EnumMap<>(Detail.class);
        Map<Detail, Double> weights = new EnumMap<>(Detail.class);
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
            agreement.put(detail, agrees);
            weights.put(detail, Weights.detail(detail, agrees, share(detail, held, agrees, evidence)));
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

    /** The share of people holding the value: counted where the index counts it, typical otherwise. */
    private double share(Detail detail, String held, boolean agrees, Evidence evidence) {
        double typical = detail.typicalPerThousand / 1000;
        double share = rarity.sharing(detail, held).isPresent()
                ? Weights.share(rarity.sharing(detail, held).getAsInt(), rarity.population(), typical)
                : typical;
        if (agrees && detail == Detail.PARENT_NAME) {
            share = Math.max(share, parentShareAmongNamesakes(held, evidence));
        }
        return share;
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
}
