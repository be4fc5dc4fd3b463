package app.haven.missing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One row of the SSDA903 missing table: the child (their record's id), date of birth, M (missing) or A (away from
 * placement without authorisation), and when the episode started and ended.
 */
record ReturnRow(
        long episodeId, long child, Optional<LocalDate> born, String type, Instant start, Optional<Instant> end) {

    EpisodeSpan span() {
        return new EpisodeSpan(episodeId, start, end);
    }

    /** How a refusal names the row: the child and the episode's start, as the return shows them. */
    String name() {
        return "CHILD " + child + ", MIS_START " + ReturnRowCheck.date(start);
    }

    /** Rows can be checked in any order but are read by child and start; {@code end} precedes a later start. */
    static ReturnRow of(long episodeId, long child, LocalDate born, String category, Instant start, Instant end) {
        return new ReturnRow(
                episodeId,
                child,
                Optional.ofNullable(born),
                category.equals("MISSING") ? "M" : "A",
                start,
                Optional.ofNullable(end));
    }
}
