package app.haven.disruption;

import java.util.List;
import java.util.Optional;

/** A prosecution as its form checked it: victims and the operation still as typed, resolved in scope when saved. */
record NewProsecution(
        long suspectEntityId,
        List<String> offenceCodes,
        ProsecutionRules.Dates dates,
        Optional<String> court,
        ProsecutionRules.Result result,
        String victims,
        Optional<String> operation) {}
