package app.haven.missing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a return home interview is due: a number of elapsed hours after the recorded return (72 by default: DfE
 * statutory guidance on children who run away or go missing, 2014), shown and dated in Europe/London. Elapsed hours,
 * not calendar days, so a return before a clock change is due an hour earlier or later by the wall clock; weekends
 * and bank holidays count, as the guidance makes no exception for them.
 */
record InterviewDeadline(Instant returnedAt, int hours) {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** The moment the interview is due. */
    Instant dueAt() {
        return returnedAt.plus(Duration.ofHours(hours));
    }

    /** The due moment on the London clock, for people to read. */
    ZonedDateTime dueLocal() {
        return dueAt().atZone(LONDON);
    }

    /** The London date it is due, for the inbox (which judges due and overdue by date). */
    LocalDate dueOn() {
        return dueLocal().toLocalDate();
    }

    /** Whether something that happened at this moment (an offer, the interview) was within the deadline. */
    boolean met(Instant at) {
        return !at.isAfter(dueAt());
    }

    /** Whether the deadline has passed by {@code now} with nothing recorded. */
    boolean overdue(Instant now, Optional<Instant> done) {
        return done.map(d -> !met(d)).orElse(now.isAfter(dueAt()));
    }
}
