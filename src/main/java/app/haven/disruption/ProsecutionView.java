package app.haven.disruption;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A prosecution as its pages show it, once the user may see its suspect and every victim. */
public record ProsecutionView(
        long id,
        long suspectId,
        String suspectLabel,
        Optional<Long> operationId,
        Optional<String> operationLabel,
        LocalDate chargedOn,
        Optional<LocalDate> firstHearingOn,
        Optional<LocalDate> trialOn,
        Optional<String> court,
        Optional<String> outcome,
        Optional<LocalDate> outcomeOn,
        Optional<String> outcomeReason,
        Optional<String> sentence,
        int version,
        List<String> offences,
        List<Victim> victims) {

    /** A child victim and their support through the case. */
    public record Victim(long id, String name, Optional<String> specialMeasures, Optional<String> advocate) {}

    public String reference() {
        return "C-" + id;
    }

    public List<Long> victimIds() {
        return victims.stream().map(Victim::id).toList();
    }

    /** "Convicted", "Acquitted", "Discontinued", or "Awaiting outcome". */
    public String outcomeLabel() {
        return outcome.map(o -> ProsecutionRules.Outcome.valueOf(o).label).orElse("Awaiting outcome");
    }
}
