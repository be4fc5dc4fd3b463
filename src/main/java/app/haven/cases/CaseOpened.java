package app.haven.cases;

import java.time.Instant;

/** A child was put on an area's register (or a closed case reopened). Later modules (meetings, insight) react. */
public record CaseOpened(
        long caseId,
        long childId,
        long areaId,
        String bandLabel,
        boolean reopened,
        Instant occurredAt,
        long userId,
        long agencyId)
        implements CaseTimelineEvent {

    @Override
    public String eventType() {
        return "cases.opened";
    }

    @Override
    public String eventTypeLabel() {
        return "Put on the register";
    }

    @Override
    public String summary() {
        return (reopened
                        ? "Case reopened on the register of children at risk"
                        : "Put on the register of children at risk")
                + (bandLabel.isEmpty() ? "" : " (" + bandLabel + ")");
    }

    @Override
    public boolean significant() {
        return true;
    }
}
