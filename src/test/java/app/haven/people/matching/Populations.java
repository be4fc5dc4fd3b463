package app.haven.people.matching;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** Small populations built by hand for the scorer, and their counts. */
final class Populations {

    private Populations() {}

    /** How many of these people hold each name word and were born on each date. */
    static Rarity rarityOf(List<Candidate> people) {
        Map<String, Integer> holders = new HashMap<>();
        Map<LocalDate, Integer> births = new HashMap<>();
        for (Candidate c : people) {
            new HashSet<>(c.nameTokens()).forEach(t -> holders.merge(t, 1, Integer::sum));
            c.dateOfBirth().ifPresent(d -> births.merge(d, 1, Integer::sum));
        }
        return Rarity.of(people.size(), holders, births);
    }

    static Candidate person(long id, String names, String dob) {
        return new Candidate(
                id,
                List.of(names.split(" ")),
                dob.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(LocalDate.parse(dob)),
                false,
                java.util.Set.of());
    }
}
