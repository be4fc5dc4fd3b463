package app.haven.meetings;

import java.time.LocalDate;

/**
 * How far an overdue action has escalated: to the owner's manager after the manager grace period, then to the
 * meeting's chair after the chair grace period (partnership settings, counted in days after the due date). Plain
 * rules, no Spring.
 */
final class Escalation {

    static final int NONE = 0;
    static final int MANAGER = 1;
    static final int CHAIR = 2;

    private Escalation() {}

    /**
     * The level an open action should have reached today. An owner without a manager goes to the chair at the chair's
     * time; a level already reached is never lowered.
     */
    static int levelDue(
            LocalDate dueOn,
            LocalDate today,
            int managerGraceDays,
            int chairGraceDays,
            boolean hasManager,
            int current) {
        long daysOverdue = dueOn.until(today, java.time.temporal.ChronoUnit.DAYS);
        int due = NONE;
        if (daysOverdue > chairGraceDays) {
            due = CHAIR;
        } else if (daysOverdue > managerGraceDays && hasManager) {
            due = MANAGER;
        }
        return Math.max(due, current);
    }
}
