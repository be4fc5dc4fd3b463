package app.haven.missing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The statutory return's rules for an episode (SSDA903 validation; domain reference section 5), as words a person
 * can act on: the end is not before the start, nothing is in the future, nothing is before the date of birth, a
 * child has at most one open episode, and no two episodes overlap. Plain Java, so every rule is tested directly.
 */
final class EpisodeRules {

    /** A broken rule: the form field it is about ({@code started} or {@code ended}) and what to do. */
    record Breach(String field, String message) {}

    private EpisodeRules() {}

    /** What is wrong with recording this episode, given the child's other episodes; empty when it may be saved. */
    static List<Breach> check(EpisodeSpan proposed, List<EpisodeSpan> others, Optional<LocalDate> born, Instant now) {
        List<Breach> breaches = new ArrayList<>();
        if (proposed.start().isAfter(now)) {
            breaches.add(new Breach("started", "The start of the episode must be now or in the past"));
        } else if (born.filter(dob -> proposed.start()
                        .atZone(InterviewDeadline.LONDON)
                        .toLocalDate()
                        .isBefore(dob))
                .isPresent()) {
            breaches.add(new Breach(
                    "started",
                    "The episode cannot start before the child's date of birth, " + MissingDates.format(born.get())));
        }
        proposed.end().ifPresent(end -> {
            if (end.isAfter(now)) {
                breaches.add(new Breach("ended", "The return must be now or in the past"));
            } else if (end.isBefore(proposed.start())) {
                breaches.add(new Breach("ended", "The return must be after the episode started"));
            }
        });
        if (!breaches.isEmpty()) {
            return breaches;
        }
        for (EpisodeSpan other : others) {
            if (other.id() == proposed.id()) {
                continue;
            }
            if (proposed.open() && other.open()) {
                breaches.add(new Breach(
                        "started",
                        "The child already has an open episode, from " + MissingDates.format(other.start())
                                + ": record their return first"));
                break;
            }
            if (proposed.overlaps(other)) {
                breaches.add(new Breach("started", "This episode overlaps the child's episode " + describe(other)));
                break;
            }
        }
        return breaches;
    }

    static String describe(EpisodeSpan span) {
        return "from " + MissingDates.format(span.start())
                + span.end().map(e -> " to " + MissingDates.format(e)).orElse(" (still open)");
    }
}
