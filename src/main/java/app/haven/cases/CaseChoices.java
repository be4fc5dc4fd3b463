package app.haven.cases;

import app.haven.platform.web.Option;
import java.util.List;

/** The fixed answers of the register's forms, with the words users read. */
final class CaseChoices {

    static final List<Option> OUTCOMES = List.of(
            new Option("RISK_REDUCED", "Risk reduced"),
            new Option("RISK_UNCHANGED", "Risk unchanged"),
            new Option("RISK_INCREASED", "Risk increased"));

    static final List<Option> CLOSURE_REASONS = List.of(
            new Option("RISK_MANAGED", "Risk managed: the child no longer needs the register"),
            new Option("MOVED_AREA", "Moved to another area (case transferred there)"),
            new Option("TURNED_18", "Turned 18"),
            new Option("TRANSFERRED", "Transferred to another service or plan"),
            new Option("DECLINED_SUPPORT", "Child and family declined support"),
            new Option("OTHER", "Another reason (say in the summary)"));

    static final List<Option> DECISIONS = List.of(
            new Option("CONTINUE", "Continue", "Keep the plan and review on the cadence for the band"),
            new Option("STEP_UP", "Step up", "More support or child protection procedures"),
            new Option("STEP_DOWN", "Step down", "Less intensive support while staying on the register"),
            new Option("CLOSE", "Close", "Ask a manager to approve closing the case"));

    static final List<Option> GRADES = List.of(
            new Option("OUTSTANDING", "Outstanding"),
            new Option("GOOD", "Good"),
            new Option("REQUIRES_IMPROVEMENT", "Requires improvement"),
            new Option("INADEQUATE", "Inadequate"));

    private CaseChoices() {}

    static boolean valid(List<Option> choices, String code) {
        return choices.stream().anyMatch(o -> o.value().equals(code));
    }

    static String label(List<Option> choices, String code) {
        return Catalogues.labelOf(choices, code);
    }
}
