package app.haven.people;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What other modules may show of a person once they have checked the user may see them: the name in use and the
 * date of birth. {@code id} is the record to link to (a merged record resolves to the one it was merged into).
 */
public record PersonSummary(
        long id, PersonKind kind, String name, Optional<LocalDate> dateOfBirth, boolean dateOfBirthEstimated) {}
