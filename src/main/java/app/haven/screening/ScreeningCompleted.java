package app.haven.screening;

import app.haven.platform.ChildTimelineEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A screening was submitted and banded. The case register and the inbox (later issues) react to it; the chronology
 * shows it, flagged significant when the band is above the lowest two or a child protection trigger applies.
 */
public record ScreeningCompleted(
        long screeningId,
        long childId,
        String toolId,
        int toolVersion,
        String bandCode,
        String bandLabel,
        int bandRank,
        List<ChildProtectionTrigger> triggers,
        Instant occurredAt,
        long userId,
        long agencyId)
        implements ChildTimelineEvent {

    public ScreeningCompleted {
        triggers = List.copyOf(triggers);
    }

    @Override
    public String eventType() {
        return "screening.completed";
    }

    @Override
    public String eventTypeLabel() {
        return "Screening completed";
    }

    @Override
    public String summary() {
        return "CSE screening banded " + bandLabel
                + (triggers.isEmpty() ? "" : "; strategy discussion required (child protection trigger)");
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
        return bandRank >= 2 || !triggers.isEmpty();
    }

    @Override
    public Optional<String> link() {
        return Optional.of("/screenings/" + screeningId + "/result");
    }
}
