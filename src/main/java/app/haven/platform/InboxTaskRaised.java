package app.haven.platform;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Something a user must do by a date, raised by any module in the transaction that creates the need: the inbox
 * (module {@code work}) stores it, so it cannot be lost, and shows it due or overdue by the clock when the user
 * looks, so downtime on the due date does not matter.
 *
 * <p>A task goes either to one user ({@link #forUser}) or to everyone holding a permission who may open the
 * child's record ({@link #forPermission} with {@link #childId}), e.g. managers approving a lower band.
 */
public interface InboxTaskRaised {

    /** Identifies the task across modules, e.g. {@code screening:12:rescreen}; raising the same key again updates it. */
    String sourceKey();

    /** What to do, e.g. "Approve lowering the band to Medium". */
    String title();

    Optional<Long> childId();

    Optional<Long> forUser();

    Optional<String> forPermission();

    LocalDate dueOn();

    /** Where in Haven the work is done. */
    String link();

    /**
     * The first day the task shows in the inbox, for a reminder that need not be seen long before it is due (a
     * review weeks away). Empty: from when it is raised. Judged when the inbox is read, never by a job.
     */
    default Optional<LocalDate> showFrom() {
        return Optional.empty();
    }
}
