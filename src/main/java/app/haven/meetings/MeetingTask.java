package app.haven.meetings;

import app.haven.platform.InboxTaskRaised;
import java.time.LocalDate;
import java.util.Optional;

/** A task the meetings module raises for the inbox; the factories name each kind and its source key. */
record MeetingTask(
        String sourceKey,
        String title,
        Optional<Long> childId,
        Optional<Long> forUser,
        Optional<String> forPermission,
        LocalDate dueOn,
        String link,
        Optional<LocalDate> showFrom)
        implements InboxTaskRaised {

    /** An action the meeting gave to a person: it reaches their inbox at once. */
    static MeetingTask action(long actionId, Optional<Long> child, long owner, String what, LocalDate due) {
        return forUser(ownerKey(actionId), "Meeting action: " + what, child, owner, due, actionId);
    }

    /** The owner's action is overdue past the grace period: their line manager is asked to see it done. */
    static MeetingTask toManager(
            long actionId, Optional<Long> child, long manager, String owner, String what, LocalDate today) {
        return forUser(
                managerKey(actionId), "Overdue action for " + owner + ": " + what, child, manager, today, actionId);
    }

    /** Still overdue after the chair's grace period: the chair of the meeting that gave it hears. */
    static MeetingTask toChair(
            long actionId, Optional<Long> child, long chair, String owner, String what, LocalDate today) {
        return forUser(
                chairKey(actionId),
                "Escalated overdue action for " + owner + ": " + what,
                child,
                chair,
                today,
                actionId);
    }

    /** A strategy discussion is due: the screening's request, now pointing at the discussion's own page. */
    static MeetingTask strategyDiscussion(String key, String title, long child, long discussionId, LocalDate due) {
        return new MeetingTask(
                key,
                title,
                Optional.of(child),
                Optional.empty(),
                Optional.of("APPROVE"),
                due,
                "/strategy-discussions/" + discussionId,
                Optional.empty());
    }

    static String ownerKey(long actionId) {
        return "meeting-action:" + actionId;
    }

    static String managerKey(long actionId) {
        return "meeting-action-manager:" + actionId;
    }

    static String chairKey(long actionId) {
        return "meeting-action-chair:" + actionId;
    }

    private static MeetingTask forUser(
            String key, String title, Optional<Long> child, long user, LocalDate due, long actionId) {
        return new MeetingTask(
                key,
                title.length() > 200 ? title.substring(0, 197) + "..." : title,
                child,
                Optional.of(user),
                Optional.empty(),
                due,
                "/meeting-actions/" + actionId,
                Optional.empty());
    }
}
