package app.haven.people.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A record to score: the normalised words of all its names (legal, preferred, aliases, previous) in no order,
 * its date of birth, and which of the searched-for identifiers it holds.
 */
public record Candidate(
        long personId,
        List<String> nameTokens,
        Optional<LocalDate> dateOfBirth,
        boolean dateOfBirthEstimated,
        Set<String> identifiers) {

    public Candidate {
        nameTokens = List.copyOf(nameTokens);
        identifiers = Set.copyOf(identifiers);
    }
}
