package app.haven.missing;

import java.time.Instant;
import java.util.Optional;

/** One version of a child's Philomena profile, as saved. */
public record PhilomenaProfile(
        int version,
        String description,
        Optional<String> photoReference,
        Optional<String> friendsAndAssociates,
        Optional<String> placesFrequented,
        Optional<String> phoneAndSocialMedia,
        Optional<String> healthNeeds,
        String recordedBy,
        Instant recordedAt) {}
