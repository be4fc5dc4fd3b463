package app.haven.disruption;

import java.util.List;

/** A save refused by the rules, with each refusal by field; thrown inside the transaction so nothing is saved. */
class RecordRefused extends RuntimeException {

    private final transient List<MeasureRules.Refusal> refusals;

    RecordRefused(List<MeasureRules.Refusal> refusals) {
        super(refusals.isEmpty() ? "refused" : refusals.get(0).message());
        this.refusals = List.copyOf(refusals);
    }

    RecordRefused(String field, String message) {
        this(List.of(new MeasureRules.Refusal(field, message)));
    }

    List<MeasureRules.Refusal> refusals() {
        return refusals;
    }
}
