package app.haven.people;

import java.util.List;
import java.util.Optional;

/**
 * One search result as the page shows it. Outside the user's record scope only who knows the person is shown
 * ({@code details} is empty, {@code strength} blank): enough to contact them, nothing about the child, not even how
 * well what was typed matches what the user cannot see.
 *
 * @param strength "Strong match", "Likely match" or "Possible match"; blank outside scope
 */
public record SearchResultView(long id, String href, String strength, Optional<Details> details, List<String> knownTo) {

    /** What a user within scope sees, with why it matched. */
    public record Details(
            String name,
            PersonKind kind,
            List<String> otherNames,
            String dateOfBirth,
            String area,
            List<String> reasons) {}

    public boolean visible() {
        return details.isPresent();
    }

    /**
     * The same result called a possible match whatever its score, for a duplicate check that cannot tell it from the
     * person being recorded (blank outside scope, as before).
     */
    SearchResultView asPossible() {
        return new SearchResultView(id, href, visible() ? "Possible match" : "", details, knownTo);
    }
}
