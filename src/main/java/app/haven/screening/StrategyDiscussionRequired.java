package app.haven.screening;

import app.haven.platform.InboxTaskRaised;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A screening answered a child protection trigger: a strategy discussion must be held (domain reference section 4),
 * whatever the band. Raised at once as a task for the managers and coordinators who may open the child (permission
 * APPROVE), due by the partnership's setting; the meetings module can take the request from this event.
 */
public record StrategyDiscussionRequired(
        long screeningId, long child, String childName, List<ChildProtectionTrigger> triggers, LocalDate dueOn)
        implements InboxTaskRaised {

    public StrategyDiscussionRequired {
        triggers = List.copyOf(triggers);
    }

    @Override
    public String sourceKey() {
        return "screening-strategy:" + screeningId;
    }

    @Override
    public String title() {
        return "Hold a strategy discussion for " + childName;
    }

    @Override
    public Optional<Long> childId() {
        return Optional.of(child);
    }

    @Override
    public Optional<Long> forUser() {
        return Optional.empty();
    }

    @Override
    public Optional<String> forPermission() {
        return Optional.of("APPROVE");
    }

    @Override
    public String link() {
        return "/screenings/" + screeningId + "/result";
    }
}
