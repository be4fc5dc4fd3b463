package app.haven.people.matching;

/**
 * Scores a record against a search and says why, weighing each agreement by how rare the shared value is in the
 * population (Fellegi–Sunter with term frequencies, ADR 0006). Names count in any order ({@link NameEvidence}); the
 * date of birth confirms or contradicts ({@link DateEvidence}); sex, area and other details corroborate or count
 * against ({@link DetailEvidence}); a shared identifier settles it.
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
    private final NameEvidence names;
    private final DateEvidence dates;
    private final DetailEvidence details;

    public MatchScorer(Rarity rarity) {
        this.rarity = rarity;
        this.names = new NameEvidence(rarity);
        this.dates = new DateEvidence(rarity);
        this.details = new DetailEvidence(rarity);
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
        names.weigh(query, candidate, evidence);
        int dateDistance = dates.weigh(query, candidate, evidence);
        details.weigh(query, candidate, evidence);
        double odds = Math.pow(2, evidence.weight) / population;
        int score = shared ? 100 : (int) Math.min(99, Math.round(100 * odds / (1 + odds)));
        return new Match(
                candidate.personId(),
                score,
                evidence.reasons,
                shared || likely(evidence, population),
                evidence.weight,
                evidence.agreeing,
                dateDistance);
    }

    /** Enough evidence beyond chance, and something that tells one child of a family from another. */
    private static boolean likely(Evidence evidence, int population) {
        return evidence.weight >= Weights.log2(population) + LIKELY_MARGIN
                && (evidence.givenNameAgrees || (evidence.dateAgrees && !evidence.givenNameDiffers));
    }
}
