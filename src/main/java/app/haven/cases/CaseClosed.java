package app.haven.cases;

import app.haven.platform.ChildTimelineEvent;
import java.time.Instant;
import java.util.Optional;

/** A manager approved closing a case; the outcome feeds the strategy's measure of risk reduced at closure. */
public record CaseClosed(
        long caseId,
        long childId,
        long areaId,
        String outcome,
        String outcomeLabel,
        String reason,
        Instant occurredAt,
        long approvedBy,
        long agencyId)
        implements ChildTimelineEvent {

    @Override
    public String eventType() {
        return "cases.closed";
    }

    @Override
    public String eventTypeLabel() {
        return "Case closed";
    }

    @Override
    public String summary() {
        return "Case closed on the register: " + outcomeLabel.toLowerCase(java.util.Locale.UK);
    }

    @Override
    public Optional<Long> recordedByUser() {
        return Optional.of(approvedBy);
    }

    @Override
    public Optional<Long> recordedByAgency() {
        return Optional.of(agencyId);
    }

    @Override
    public boolean significant() {
        return true;
    }

    @Override
    public Optional<String> link() {
        return Optional.of("/cases/" + caseId);
    }
}
