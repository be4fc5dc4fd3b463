package app.haven.intelligence;

import app.haven.platform.InboxTaskRaised;
import java.time.LocalDate;
import java.util.Optional;

/** An inbox task the intelligence module raises: the "one adult, many children" alert, one per person told. */
record IntelligenceTask(String sourceKey, String title, Optional<Long> forUser, LocalDate dueOn, String link)
        implements InboxTaskRaised {

    static IntelligenceTask manyChildren(
            long alertId, long entityId, long user, int children, int areas, LocalDate today) {
        return new IntelligenceTask(
                "intel-many-children:" + alertId + ":" + user,
                "One adult, many children: a person of concern is linked to " + children + " children across " + areas
                        + (areas == 1 ? " area" : " areas"),
                Optional.of(user),
                today,
                "/intelligence/entities/" + entityId + "/network");
    }

    @Override
    public Optional<Long> childId() {
        return Optional.empty();
    }

    @Override
    public Optional<String> forPermission() {
        return Optional.empty();
    }
}
