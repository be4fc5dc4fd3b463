package app.haven.missing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One episode as its page shows it. */
public record EpisodeView(
        long id,
        long childId,
        long areaId,
        String area,
        String category,
        String reportedBy,
        Instant reportedAt,
        Optional<String> policeReference,
        Instant startedAt,
        Optional<Instant> endedAt,
        String riskGrade,
        String riskReason,
        String gradedBy,
        boolean lookedAfter,
        Optional<String> whereFound,
        Optional<String> foundWith,
        Optional<String> howReturned,
        Optional<String> harmOrCrime,
        String recordedBy,
        int version,
        List<String> places,
        List<String> people,
        Optional<String> interviewOutcome) {

    public boolean open() {
        return endedAt.isEmpty();
    }

    public String categoryLabel() {
        return MissingChoices.label(MissingChoices.CATEGORIES, category);
    }

    public String riskGradeLabel() {
        return MissingChoices.label(MissingChoices.GRADES, riskGrade);
    }

    /** The interview's outcome, "Not yet recorded" after the return, or nothing while the child is missing. */
    public String interviewStatus() {
        return interviewOutcome
                .map(o -> MissingChoices.label(MissingChoices.OUTCOMES, o))
                .orElse(open() ? "Not due yet" : "Not yet recorded");
    }
}
