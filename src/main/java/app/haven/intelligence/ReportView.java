package app.haven.intelligence;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A report as a page shows it. For a user not cleared for conditional intelligence, a restricted report's source,
 * text and conditions are empty ({@code withheld}): they see that it exists, its grading and what it is about.
 */
public record ReportView(
        long id,
        String areaName,
        String sourceLabel,
        Optional<String> sourceDetail,
        Optional<String> body,
        LocalDate reportedOn,
        String grading,
        Optional<String> conditions,
        boolean restricted,
        boolean withheld,
        String recordedBy) {

    public String reference() {
        return "R-" + id;
    }
}
