package app.haven.missing;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether an episode's return home interview met the deadline (strategy measure; statutory guidance 2014): offered
 * within it, held within it, and if not, why not.
 */
record Compliance(
        int hours, boolean offeredInTime, boolean heldInTime, boolean due, boolean overdue, Optional<String> whyNot) {

    static Compliance of(InterviewDeadline deadline, Optional<InterviewView> interview, Instant now) {
        if (interview.isEmpty()) {
            boolean late = deadline.overdue(now, Optional.empty());
            return new Compliance(deadline.hours(), false, false, !late, late, Optional.empty());
        }
        InterviewView held = interview.get();
        return new Compliance(
                deadline.hours(),
                deadline.met(held.offeredAt()),
                held.heldAt().filter(deadline::met).isPresent(),
                false,
                false,
                held.lateReason().or(held::reasonNotHeld));
    }

    String describe() {
        if (due) {
            return "Due: not yet recorded";
        }
        if (overdue) {
            return "Overdue: not recorded within " + hours + " hours";
        }
        String offer = offeredInTime ? "Offered within " + hours + " hours" : "Not offered within " + hours + " hours";
        String held = heldInTime ? "held within " + hours + " hours" : "not held within " + hours + " hours";
        return offer + "; " + held + whyNot.map(w -> " (" + w + ")").orElse("");
    }
}
