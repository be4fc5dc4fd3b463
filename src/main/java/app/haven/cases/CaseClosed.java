package app.haven.cases;

import java.time.Instant;

/**
 * A manager ({@code userId}) approved closing a case; the outcome feeds the strategy's measure of risk reduced at
 * closure.
 */
public record CaseClosed(
        long caseId,
        long childId,
        long areaId,
        String outcome,
        String outcomeLabel,
        String reason,
        Instant occurredAt,
        long userId,
        long agencyId)
        implements CaseTimelineEvent {

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
    public boolean significant() {
        return true;
    }
}
