package app.haven.people.matching;

import java.util.List;

/**
 * How well a record matches a search, with the reasons in words a practitioner can check, and whether the duplicate
 * check should stop a new record being created without a second look.
 *
 * @param score the chance, out of 100, that this is the person, given how many others could match as well (100 only
 *     for a shared identifier)
 * @param weight the evidence in bits (Fellegi–Sunter): what ranks results
 * @param agreeing how many searched words, dates, identifiers and details agree: the first tie-break
 * @param dateDistance days between the searched and recorded dates of birth ({@link Integer#MAX_VALUE} when either
 *     is missing): the second tie-break
 */
public record Match(
        long personId,
        int score,
        List<String> reasons,
        boolean likelyDuplicate,
        double weight,
        int agreeing,
        int dateDistance) {

    public Match {
        reasons = List.copyOf(reasons);
    }

    /** The weight as ranking compares it: to a tenth of a bit, so that equal evidence ties exactly. */
    public long rankWeight() {
        return Math.round(weight * 10);
    }
}
