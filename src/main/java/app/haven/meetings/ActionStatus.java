package app.haven.meetings;

import app.haven.platform.web.Option;
import java.util.List;

/** The states of a meeting action, with the words users read. */
public final class ActionStatus {

    public static final List<Option> ALL = List.of(
            new Option("OPEN", "Not started"),
            new Option("IN_PROGRESS", "In progress"),
            new Option("DONE", "Done"),
            new Option("CANCELLED", "Cancelled", "No longer needed: say why in the update"));

    private ActionStatus() {}

    static boolean valid(String code) {
        return ALL.stream().anyMatch(o -> o.value().equals(code));
    }

    static boolean closes(String code) {
        return code.equals("DONE") || code.equals("CANCELLED");
    }

    public static String label(String code) {
        return ALL.stream()
                .filter(o -> o.value().equals(code))
                .map(Option::label)
                .findFirst()
                .orElse(code);
    }
}
