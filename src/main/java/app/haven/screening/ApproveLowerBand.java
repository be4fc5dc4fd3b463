package app.haven.screening;

import app.haven.platform.InboxTaskDone;
import app.haven.platform.InboxTaskRaised;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A task for the managers who may open the child: approve or reject a request to lower a screening's band.
 * Decided within two working days is the expectation; the inbox shows it overdue after that.
 */
record ApproveLowerBand(long overrideId, long child, String childName, String band, LocalDate dueOn)
        implements InboxTaskRaised {

    static String key(long overrideId) {
        return "screening-override:" + overrideId;
    }

    @Override
    public String sourceKey() {
        return key(overrideId);
    }

    @Override
    public String title() {
        return "Approve or reject lowering " + childName + "'s screening band to " + band;
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
        return "/screening-approvals";
    }

    /** The request was decided. */
    record Decided(long overrideId) implements InboxTaskDone {

        @Override
        public String sourceKey() {
            return key(overrideId);
        }
    }
}
