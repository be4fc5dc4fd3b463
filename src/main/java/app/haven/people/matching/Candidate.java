package app.haven.people.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A record to score: the normalised words of all its names (legal, preferred, aliases, previous) in no order,
 * its date of birth, which of the searched-for identifiers it holds, and the details it records (sex, area…).
 */
public record Candidate(
        long personId,
        List<String> nameTokens,
        Optional<LocalDate> dateOfBirth,
        boolean dateOfBirthEstimated,
        Set<String> identifiers,
        Map<Detail, String> details) {

    public Candidate {
        nameTokens = List.copyOf(nameTokens);
        identifiers = Set.copyOf(identifiers);
        details = Map.copyOf(details);
    }

    public Candidate(
            long personId,
            List<String> nameTokens,
            Optional<LocalDate> dateOfBirth,
            boolean dateOfBirthEstimated,
            Set<String> identifiers) {
        this(personId, nameTokens, dateOfBirth, dateOfBirthEstimated, identifiers, Map.of());
    }

    public Candidate withIdentifiers(Set<String> held) {
        return new Candidate(personId, nameTokens, dateOfBirth, dateOfBirthEstimated, held, details);
    }
}
