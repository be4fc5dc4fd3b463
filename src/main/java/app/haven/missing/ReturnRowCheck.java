package app.haven.missing;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The statutory return's rules over its rows, read in order of child and start (domain reference section 5): a date
 * of birth is given, no episode starts before it, no episode ends before it starts, and no two episodes of a child
 * overlap (which also means no child has two open). Episodes saved through Haven already keep these; a breach means
 * records merged since, or data from elsewhere. Plain Java: it sees one row at a time, so memory stays flat.
 */
final class ReturnRowCheck {

    static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(InterviewDeadline.LONDON);

    private final List<ReturnBreach> breaches = new ArrayList<>();
    private final int keep;
    private int found;
    private ReturnRow previous;

    /** Keeps the first {@code keep} breaches to name; counts them all. */
    ReturnRowCheck(int keep) {
        this.keep = keep;
    }

    void accept(ReturnRow row) {
        if (row.born().isEmpty()) {
            breach(row, "DOB is missing");
        } else if (row.start()
                .atZone(InterviewDeadline.LONDON)
                .toLocalDate()
                .isBefore(row.born().get())) {
            breach(row, "MIS_START is before DOB");
        }
        if (row.end().filter(end -> end.isBefore(row.start())).isPresent()) {
            breach(row, "MIS_END is before MIS_START");
        }
        if (previous != null
                && previous.child() == row.child()
                && previous.span().overlaps(row.span())) {
            breach(
                    row,
                    previous.end().isEmpty() && row.end().isEmpty()
                            ? "two open episodes (the other starts " + date(previous.start()) + ")"
                            : "overlaps the episode starting " + date(previous.start()));
        }
        if (previous == null
                || previous.child() != row.child()
                || row.end().isEmpty()
                || previous.end().filter(e -> e.isBefore(row.end().get())).isPresent()) {
            previous = row;
        }
    }

    List<ReturnBreach> breaches() {
        return List.copyOf(breaches);
    }

    int found() {
        return found;
    }

    static String date(Instant instant) {
        return DATE.format(instant);
    }

    private void breach(ReturnRow row, String rule) {
        found++;
        if (breaches.size() < keep) {
            breaches.add(new ReturnBreach(row.name(), rule));
        }
    }
}
