package app.haven.engagement;

import java.time.Instant;
import java.util.Optional;

/** A concern in the triage queue or on its own page. */
public record ConcernView(
        long id,
        String areaName,
        String what,
        String where,
        String when,
        Optional<String> who,
        Optional<String> contact,
        Instant receivedAt,
        String status,
        Optional<Long> intelReportId,
        Optional<String> closedReason,
        Optional<String> closedNote,
        int version) {

    public String statusLabel() {
        return switch (status) {
            case "NEW" -> "New";
            case "INTELLIGENCE" -> "Intelligence report R-" + intelReportId.orElse(0L);
            default -> "Closed: " + EngagementChoices.label(EngagementChoices.CLOSE_REASONS, closedReason.orElse(""));
        };
    }

    /** The first words of what happened, for the queue. */
    public String preview() {
        String oneLine = what.replaceAll("\\s+", " ");
        return oneLine.length() > 120 ? oneLine.substring(0, 117) + "…" : oneLine;
    }
}
