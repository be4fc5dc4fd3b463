package app.haven.missing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A recorded return home interview as its episode's page shows it. */
public record InterviewView(
        long id,
        long episodeId,
        String outcome,
        Instant offeredAt,
        Optional<Instant> heldAt,
        String conductedBy,
        String agency,
        Optional<String> reasonNotHeld,
        Optional<String> whereAndWithWhom,
        Optional<String> howTravelled,
        Optional<String> harm,
        Optional<String> whatWouldHelp,
        Optional<String> childWords,
        List<String> factors,
        Optional<String> lateReason,
        boolean disclosureMade,
        Optional<String> disclosureWhat,
        Optional<String> disclosureAbout,
        Optional<Boolean> disclosureToPolice) {

    public String outcomeLabel() {
        return MissingChoices.label(MissingChoices.OUTCOMES, outcome);
    }
}
