package app.haven.cases;

import app.haven.platform.web.Option;
import java.util.List;

/** The states of a plan action and of a goal, with the words users read. */
final class PlanStatus {

    static final List<Option> ACTIONS = List.of(
            new Option("PLANNED", "Planned"),
            new Option("IN_PROGRESS", "In progress"),
            new Option("DONE", "Done"),
            new Option("STOPPED", "Stopped"));

    static final List<Option> GOALS = List.of(
            new Option("OPEN", "Working towards"),
            new Option("ACHIEVED", "Achieved"),
            new Option("NOT_ACHIEVED", "Not achieved"));

    private PlanStatus() {}

    static String label(String code) {
        return Catalogues.labelOf(ACTIONS, code);
    }

    static String goalLabel(String code) {
        return Catalogues.labelOf(GOALS, code);
    }

    static boolean finished(String code) {
        return code.equals("DONE") || code.equals("STOPPED");
    }
}
