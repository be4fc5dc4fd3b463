package app.haven.disruption;

import app.haven.platform.InboxTaskDone;
import app.haven.platform.InboxTaskRaised;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An inbox task the disruption module raises for one person: a measure expiring (shown from the lead time before its
 * expiry, judged when the inbox is read), or a breach to act on. No child is named in it.
 */
record DisruptionTask(
        String sourceKey,
        String title,
        Optional<Long> forUser,
        LocalDate dueOn,
        String link,
        Optional<LocalDate> showFrom)
        implements InboxTaskRaised {

    static String expiryKey(long measureId, long userId) {
        return "disruption-expiry:" + measureId + ":" + userId;
    }

    static DisruptionTask expiry(long measureId, String typeLabel, long userId, LocalDate expiresOn, int leadDays) {
        return new DisruptionTask(
                expiryKey(measureId, userId),
                typeLabel + " M-" + measureId + " expires on " + DisruptionDates.format(expiresOn)
                        + ": renew it or let it end",
                Optional.of(userId),
                expiresOn,
                "/disruption/measures/" + measureId,
                Optional.of(expiresOn.minusDays(leadDays)));
    }

    static DisruptionTask breach(long measureId, long breachId, String typeLabel, long userId, LocalDate today) {
        return new DisruptionTask(
                "disruption-breach:" + breachId + ":" + userId,
                "Breach of " + typeLabel + " M-" + measureId + ": decide the action",
                Optional.of(userId),
                today,
                "/disruption/measures/" + measureId,
                Optional.empty());
    }

    @Override
    public Optional<Long> childId() {
        return Optional.empty();
    }

    @Override
    public Optional<String> forPermission() {
        return Optional.empty();
    }

    /** The work behind a task was done: the measure was ended. */
    record Done(String sourceKey) implements InboxTaskDone {}
}
