package app.haven.intelligence;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A link as pages show it: both ends (which the user may see), type, dates, confidence and evidence. A link resting on
 * conditional intelligence shows a user not cleared that it exists and its grading, not the report.
 */
public record LinkView(
        long id,
        long fromId,
        String fromLabel,
        long toId,
        String toLabel,
        String type,
        boolean directed,
        LocalDate validFrom,
        Optional<LocalDate> validTo,
        String confidence,
        String evidence,
        Optional<String> evidenceHref,
        String grade,
        boolean restricted,
        boolean withheld,
        Optional<Long> childId,
        int version) {

    /** "Adult A exploited Child B" or "A seen with B" as one line. */
    public String sentence() {
        return fromLabel + " " + type + " " + toLabel;
    }

    public String dates() {
        return IntelDates.format(validFrom)
                + validTo.map(to -> " to " + IntelDates.format(to)).orElse(" onwards");
    }
}
