package app.haven.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A stored screening, draft or completed, with its answers. */
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
        Optional<Instant> completedAt) {

    public boolean isDraft() {
        return status.equals("DRAFT");
    }
}
