package app.haven.people.matching;

/**
 * Fellegi–Sunter weights in bits: agreeing on a value is worth log2(m / u), where m is how often two records of
 * the same person agree on it and u how often two different people do, here the share of the population holding
 * that very value (term frequency). Sharing a surname 3 people have is worth about 18 bits among a million; sharing
 * one 2,700 have, about 8. Disagreeing costs log2((1 − m) / (1 − u)).
 */
final class Weights {

    /** How often a name word typed for a person is one of the names on their record. */
    static final double NAME_AGREES = 0.95;

    /**
     * A searched word none of the record's names matches: about one in ten children's records differ in a name
     * (a surname changed on adoption or a parent's new partnership, a name not yet recorded), used when it cannot be
     * told whether the word is a given or a family name.
     */
    static final double NAME_DIFFERS = log2(0.1);

    /**
     * A family name that differs: children's surnames change far more often than their given names (a parent's new
     * partnership, adoption, one agency using the mother's surname and another the father's), so about one record
     * of a child in seven holds a surname the other does not.
     */
    static final double FAMILY_NAME_DIFFERS = log2(0.15);

    /** A given name that differs, beyond nicknames, variants and slips (which are matches): one record in twenty. */
    static final double GIVEN_NAME_DIFFERS = log2(0.05);

    /** An NHS number or UPN shared: identifiers are checked, so a shared one all but settles it. */
    static final double IDENTIFIER = 30;

    /** Agreement weights for dates by how the dates compare: m for each level, u being the date's own share. */
    private static final double DATE_SAME = 0.90;

    private static final double DATE_SWAPPED = 0.03;
    private static final double DATE_YEAR_OUT = 0.04;
    private static final double DATE_SWAPPED_AND_YEAR_OUT = 0.01;
    private static final double DATE_DIFFERS = log2(0.02);

    /** An estimated year of birth: about 26 years in the population, so the same year is one chance in 26. */
    private static final double ESTIMATE_SAME_YEAR = log2(0.8 * 26);

    private static final double ESTIMATE_YEAR_OUT = log2(0.15 * 13);
    private static final double ESTIMATE_DIFFERS = log2(0.05);

    /** The least an agreement counts for, however common the value: it is still not a disagreement. */
    private static final double FLOOR = 0.25;

    /**
     * Shares are estimated as if a thousand typical people were added to the population, so that a small one (a new
     * deployment, a test) does not conclude that a name one person in ten holds is common everywhere, while at a
     * partnership's scale the counts speak for themselves.
     */
    static final int PRIOR_PEOPLE = 1_000;

    /** A typical name word is held by about one person in a thousand. */
    static final double TYPICAL_NAME = 0.001;

    /** Dates of birth spread over about 26 years of children and young adults. */
    static final double TYPICAL_DATE = 1.0 / (26 * 365);

    private Weights() {}

    /** A searched word matching a record word held by {@code holders} people, exactly or loosely ({@code kind}). */
    static double name(NameMatch kind, int holders, int population) {
        return kind.weight * agree(NAME_AGREES, share(holders, population, TYPICAL_NAME));
    }

    /** What a searched word matching none of the record's names costs: {@code family} null when not known. */
    static double nameDiffers(Boolean family) {
        return family == null ? NAME_DIFFERS : family ? FAMILY_NAME_DIFFERS : GIVEN_NAME_DIFFERS;
    }

    /**
     * A date of birth compared at one level, u being the held date's own share. A year out may be either way, so a
     * stranger's date agrees at that level about twice as often as its own share; counting one side, as here, amounts
     * to assuming m of 0.08 for a year out either way. Counting both sides with m of 0.04 was measured in the fifth pass
     * (ADR 0006) and cost a quarter of year-out duplicates at a million with no false flag saved, so the calibration
     * stays until real data says otherwise.
     */
    static double date(DobComparison comparison, int bornOn, int population) {
        double u = share(bornOn, population, TYPICAL_DATE);
        return switch (comparison) {
            case SAME -> agree(DATE_SAME, u);
            case DAY_MONTH_SWAPPED -> agree(DATE_SWAPPED, u);
            case YEAR_OFF_BY_ONE -> agree(DATE_YEAR_OUT, u);
            case SWAPPED_AND_YEAR_OFF_BY_ONE -> agree(DATE_SWAPPED_AND_YEAR_OUT, u);
            case DIFFERENT -> DATE_DIFFERS;
        };
    }

    static double estimatedDate(DobComparison comparison) {
        return switch (comparison) {
            case SAME -> ESTIMATE_SAME_YEAR;
            case YEAR_OFF_BY_ONE -> ESTIMATE_YEAR_OUT;
            default -> ESTIMATE_DIFFERS;
        };
    }

    static double detail(Detail detail, boolean agrees, double share) {
        return agrees ? agree(detail.agrees, share) : log2((1 - detail.agrees) / Math.max(1e-6, 1 - share));
    }

    /** The share of people holding a value, counted and smoothed towards the typical share. */
    static double share(int holders, int population, double typical) {
        double share = (Math.max(1, holders) + PRIOR_PEOPLE * typical) / (Math.max(1, population) + PRIOR_PEOPLE);
        return Math.min(1.0, share);
    }

    private static double agree(double m, double u) {
        return Math.max(FLOOR, log2(m / u));
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
