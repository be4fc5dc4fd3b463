package app.haven.meetings;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An action a meeting gave, as a reader may see it: the child's name and the description only for readers who may
 * open the child ({@code hidden} otherwise).
 *
 * @param escalationLevel 0 none, 1 the owner's manager, 2 the chair
 */
public record ActionView(
        long id,
        long meetingId,
        String meeting,
        Optional<Long> agendaItemId,
        Optional<Long> childId,
        Optional<String> childName,
        boolean hidden,
        String description,
        long ownerUserId,
        String owner,
        String ownerAgency,
        LocalDate dueOn,
        String status,
        int escalationLevel,
        long chairUserId,
        int version,
        LocalDate today) {

    public boolean open() {
        return status.equals("OPEN") || status.equals("IN_PROGRESS");
    }

    public boolean overdue() {
        return open() && dueOn.isBefore(today);
    }

    public String due() {
        return MeetingView.formatDay(dueOn);
    }

    public String statusLabel() {
        String label = ActionStatus.label(status);
        return overdue() ? label + " (overdue)" : label;
    }

    public String escalation() {
        return switch (escalationLevel) {
            case 1 -> "Escalated to the owner's manager";
            case 2 -> "Escalated to the chair";
            default -> "";
        };
    }
}
