package app.haven.missing;

import java.time.Instant;
import java.util.Optional;

/** When an episode ran: from its start to its end, or still open. {@code id} is 0 for one not yet saved. */
record EpisodeSpan(long id, Instant start, Optional<Instant> end) {

    boolean open() {
        return end.isEmpty();
    }

    /** Whether two episodes share any moment (an episode ending as the next starts does not overlap it). */
    boolean overlaps(EpisodeSpan other) {
        boolean startsBeforeOtherEnds = other.end.map(start::isBefore).orElse(true);
        boolean otherStartsBeforeThisEnds = end.map(other.start::isBefore).orElse(true);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }
}
