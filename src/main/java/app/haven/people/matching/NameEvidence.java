package app.haven.people.matching;

import java.util.List;

/**
 * Weighs the names: each searched word paired with the record word it matches best, in any order, worth as much as
 * that word is rare; a searched word matching none of the record's names counts against, a family name less than a
 * given name (children's surnames change far more often).
 */
final class NameEvidence {

    private final Rarity rarity;

    NameEvidence(Rarity rarity) {
        this.rarity = rarity;
    }

    void weigh(SearchQuery query, Candidate candidate, Evidence evidence) {
        NameScore names = NameScore.of(query.nameTokens(), candidate.nameTokens(), query.givenNameCount() == 0);
        for (NameScore.Pair pair : names.pairs()) {
            int holders = rarity.holders(pair.held());
            evidence.namesAgreeing.add(pair.held());
            if (!Boolean.TRUE.equals(familyWord(query, pair.query()))) {
                evidence.givenNameAgrees = true;
            }
            evidence.add(
                    weight(pair, holders),
                    pair.reason() + " (" + Evidence.people(holders) + " " + (holders == 1 ? "has" : "have") + " it)");
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
     * What a pair is worth. A typing slip that is no one's name ("Aurustine") can only stand for a name it is a slip
     * of: the person typed is then as surely one of the people holding those names as if the name had been typed
     * right, so the slip is weighed as the name, by how many hold any name it could be a slip of (Fellegi–Sunter's u
     * for the slip's neighbourhood). A slip that is someone else's name ("Huel" for "Huels") stays weak: it may well
     * be that other name, and so does a slip in a name of three letters, which is often a name the population
     * happens not to hold.
     */
    private double weight(NameScore.Pair pair, int holders) {
        if (pair.match() != NameMatch.EXACT
                && pair.match() != NameMatch.VARIANT
                && pair.match() != NameMatch.SHORT_TYPO
                && NameMatch.isTypo(pair.searched(), pair.held())
                && rarity.holders(pair.searched()) == 0) {
            java.util.OptionalInt near = rarity.holdingSlipsOf(pair.searched());
            if (near.isPresent()) {
                return Weights.name(NameMatch.EXACT, Math.max(holders, near.getAsInt()), rarity.population());
            }
        }
        return Weights.name(pair.match(), holders, rarity.population());
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
}
