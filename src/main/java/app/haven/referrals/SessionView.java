package app.haven.referrals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One direct work session as a page shows it. */
public record SessionView(
        long id,
        LocalDate heldOn,
        int minutes,
        String place,
        List<String> topics,
        String engagement,
        Optional<String> childWords,
        String worker) {

    public String engagementLabel() {
        return switch (engagement) {
            case "GOOD" -> "Engaged well";
            case "SOME" -> "Some engagement";
            case "LITTLE" -> "Little engagement";
            default -> "Did not engage";
        };
    }
}
