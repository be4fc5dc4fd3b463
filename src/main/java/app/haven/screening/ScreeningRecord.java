package app.haven.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * A stored screening, draft or completed, with its answers. {@code version} rises with every save: a save made
 * from an older version is a conflict. {@code startedBy} and {@code updatedBy} are display names.
 */
public record ScreeningRecord(
        long id,
        long childId,
        String toolId,
        int toolVersion,
        String status,
        long completedBy,
        Optional<LocalDate> screeningDate,
        ScreeningForm form,
        Optional<String> bandCode,
        Optional<String> bandLabel,
        int bandRank,
        int points,
        List<String> reasons,
        List<ChildProtectionTrigger> triggers,
        Optional<Instant> completedAt,
        int version,
        String startedBy,
        Instant startedAt,
        String updatedBy,
        Instant updatedAt,
        Optional<LocalDate> rescreenOn) {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma").withZone(ZoneId.of("Europe/London"));

    public boolean isDraft() {
        return status.equals("DRAFT");
    }

    public boolean isCompleted() {
        return status.equals("COMPLETED");
    }

    /** When the draft was started, in UK time: "3 March 2026 at 2:05pm". */
    public String startedAtText() {
        return ukTime(startedAt);
    }

    public String updatedAtText() {
        return ukTime(updatedAt);
    }

    static String ukTime(Instant instant) {
        return WHEN.format(instant).replace("AM", "am").replace("PM", "pm");
    }
}
