package app.haven.missing;

import app.haven.platform.web.FormErrors;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The report-an-episode form as typed, kept whole so it comes back on an error. */
public record ReportForm(
        String category,
        Moment started,
        Moment ended,
        String reportedBy,
        Moment reported,
        String policeReference,
        String riskGrade,
        String riskReason,
        String gradedBy,
        String places,
        String people) {

    static final int MAX_NAME = 160;
    static final int MAX_REASON = 2000;
    static final int MAX_INVOLVED = 20;

    static ReportForm blank(Instant now) {
        return new ReportForm("", Moment.empty(), Moment.empty(), "", Moment.of(now), "", "", "", "", "", "");
    }

    /** The episode, when every answer is usable; otherwise the errors, in the order the page asks. */
    Optional<NewEpisode> check(FormErrors.Builder errors) {
        if (!MissingChoices.valid(MissingChoices.CATEGORIES, category)) {
            errors.field("category", "Select whether the child is missing, absent or away from placement");
        }
        Optional<Instant> start = started.read("started", "the start of the episode", errors);
        // A child already back when the episode is recorded (police often tell the service afterwards).
        Optional<Instant> end = ended.isBlank() ? Optional.empty() : ended.read("ended", "the return", errors);
        required(errors, "reportedBy", reportedBy, "Enter who reported the child missing", MAX_NAME);
        Optional<Instant> reportedAt = reported.read("reported", "the report", errors);
        if (policeReference.strip().length() > 40) {
            errors.field("policeReference", "Police reference must be 40 characters or fewer");
        }
        if (!MissingChoices.valid(MissingChoices.GRADES, riskGrade)) {
            errors.field("riskGrade", "Select the police risk grading");
        }
        required(errors, "riskReason", riskReason, "Enter the reason the police gave for the grading", MAX_REASON);
        required(errors, "gradedBy", gradedBy, "Enter who graded the risk", MAX_NAME);
        List<String> placeList = lines(places);
        List<String> peopleList = lines(people);
        checkLines(errors, "places", placeList, "place");
        checkLines(errors, "people", peopleList, "person");
        if (errors.build().hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new NewEpisode(
                category,
                reportedBy.strip(),
                reportedAt.orElseThrow(),
                Optional.of(policeReference.strip()).filter(s -> !s.isEmpty()),
                start.orElseThrow(),
                end,
                riskGrade,
                riskReason.strip(),
                gradedBy.strip(),
                placeList,
                peopleList));
    }

    static void required(FormErrors.Builder errors, String field, String value, String message, int max) {
        if (value.isBlank()) {
            errors.field(field, message);
        } else if (value.strip().length() > max) {
            errors.field(field, "This must be " + max + " characters or fewer");
        }
    }

    /** One place or person a line, blank lines ignored. */
    static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static void checkLines(FormErrors.Builder errors, String field, List<String> lines, String what) {
        if (lines.size() > MAX_INVOLVED) {
            errors.field(field, "Enter at most " + MAX_INVOLVED + " of them, one " + what + " a line");
        } else if (lines.stream().anyMatch(l -> l.length() > 500)) {
            errors.field(field, "Each " + what + " must be 500 characters or fewer");
        }
    }
}
