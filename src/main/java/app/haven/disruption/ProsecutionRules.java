package app.haven.disruption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a prosecution, in plain Java: the charge in the past, hearings on or after the charge, an outcome with
 * its date, a reason when discontinued, and a sentence only on conviction. Each refusal names the field.
 */
final class ProsecutionRules {

    enum Outcome {
        CONVICTED("Convicted"),
        ACQUITTED("Acquitted"),
        DISCONTINUED("Discontinued");

        final String label;

        Outcome(String label) {
            this.label = label;
        }
    }

    /** The dates of a case as typed, checked for order. */
    record Dates(LocalDate chargedOn, Optional<LocalDate> firstHearingOn, Optional<LocalDate> trialOn) {}

    /** How a case ended: the outcome, its date, the reason and the sentence. */
    record Result(
            Optional<Outcome> outcome,
            Optional<LocalDate> outcomeOn,
            Optional<String> reason,
            Optional<String> sentence) {

        static Result none() {
            return new Result(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    private ProsecutionRules() {}

    static List<MeasureRules.Refusal> check(Dates dates, Result result, LocalDate today) {
        List<MeasureRules.Refusal> refusals = new ArrayList<>();
        if (dates.chargedOn().isAfter(today)) {
            refusals.add(refusal("chargedOn", "The date of the charge must be today or in the past"));
        }
        dates.firstHearingOn()
                .filter(d -> d.isBefore(dates.chargedOn()))
                .ifPresent(d ->
                        refusals.add(refusal("firstHearingOn", "The first hearing must be on or after the charge")));
        dates.trialOn()
                .filter(d -> d.isBefore(dates.chargedOn()))
                .ifPresent(d -> refusals.add(refusal("trialOn", "The trial must be on or after the charge")));
        refusals.addAll(checkResult(dates.chargedOn(), result, today));
        return refusals;
    }

    static List<MeasureRules.Refusal> checkResult(LocalDate chargedOn, Result result, LocalDate today) {
        List<MeasureRules.Refusal> refusals = new ArrayList<>();
        boolean convicted = result.outcome().filter(o -> o == Outcome.CONVICTED).isPresent();
        if (result.sentence().isPresent() && !convicted) {
            refusals.add(refusal("sentence", "A sentence can only be recorded after a conviction"));
        }
        if (result.outcome().isEmpty()) {
            if (result.outcomeOn().isPresent()) {
                refusals.add(refusal("outcome", "Select the outcome of the date you entered"));
            }
            return refusals;
        }
        if (result.outcomeOn().isEmpty()) {
            refusals.add(refusal("outcomeOn", "Enter the date of the outcome"));
        } else if (result.outcomeOn().get().isBefore(chargedOn)) {
            refusals.add(refusal("outcomeOn", "The date of the outcome must be on or after the charge"));
        } else if (result.outcomeOn().get().isAfter(today)) {
            refusals.add(refusal("outcomeOn", "The date of the outcome must be today or in the past"));
        }
        if (result.outcome().get() == Outcome.DISCONTINUED && result.reason().isEmpty()) {
            refusals.add(refusal("reason", "Enter why the case was discontinued"));
        }
        return refusals;
    }

    private static MeasureRules.Refusal refusal(String field, String message) {
        return new MeasureRules.Refusal(field, message);
    }
}
