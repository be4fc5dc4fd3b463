package app.haven.cases;

import app.haven.platform.ChildTimelineEvent;
import java.time.Instant;
import java.util.Optional;

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
        implements ChildTimelineEvent {

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
    public Optional<Long> recordedByUser() {
        return Optional.of(userId);
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
