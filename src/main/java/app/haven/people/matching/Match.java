package app.haven.people.matching;

import java.util.List;

/**
 * How well a record matches a search, out of 100, with the reasons in words a practitioner can check, and
 * whether the duplicate check should stop a new record being created without a second look.
 */
public record Match(long personId, int score, List<String> reasons, boolean likelyDuplicate) {

    public Match {
        reasons = List.copyOf(reasons);
    }
}
