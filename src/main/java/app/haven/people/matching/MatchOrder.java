package app.haven.people.matching;

import java.util.Comparator;
import java.util.function.LongPredicate;

/**
 * The order results are shown in. Stronger evidence first; between equally strong matches, evidence still decides:
 * more things agreeing, then the closer date of birth, then the user's own cases (records they can open), and only
 * then the record number, so that ties never favour whichever record happens to be older.
 */
public final class MatchOrder {

    private MatchOrder() {}

    /** The order with {@code own} telling which records are the user's own cases. */
    public static Comparator<Match> by(LongPredicate own) {
        return Comparator.comparingLong((Match m) -> -m.rankWeight())
                .thenComparingInt(m -> -m.agreeing())
                .thenComparingInt(Match::dateDistance)
                .thenComparing(m -> !own.test(m.personId()))
                .thenComparingLong(Match::personId);
    }

    /** The order when whose cases they are is not known (ranking before scope is read). */
    public static Comparator<Match> byEvidence() {
        return by(id -> false);
    }

    /** Whether two matches share a score: the same evidence to a tenth of a bit. */
    public static boolean tied(Match a, Match b) {
        return a.rankWeight() == b.rankWeight();
    }
}
