package app.haven.missing;

import app.haven.platform.web.Option;
import java.util.List;

/** The fixed choices on missing forms: categories (Pan-Cheshire), police risk grades, interview outcomes. */
final class MissingChoices {

    static final List<Option> CATEGORIES = List.of(
            new Option("MISSING", "Missing"),
            new Option("ABSENT", "Absent"),
            new Option("AWAY", "Away from placement without authorisation"));

    static final List<Option> GRADES = List.of(
            new Option("NO_APPARENT_RISK", "No apparent risk"),
            new Option("LOW", "Low"),
            new Option("MEDIUM", "Medium"),
            new Option("HIGH", "High"));

    static final List<Option> OUTCOMES = List.of(
            new Option("COMPLETED", "Accepted and held"),
            new Option("DECLINED", "Declined by the child"),
            new Option("NOT_POSSIBLE", "Not possible"));

    private MissingChoices() {}

    static boolean valid(List<Option> options, String value) {
        return options.stream().anyMatch(o -> o.value().equals(value));
    }

    static String label(List<Option> options, String value) {
        return options.stream()
                .filter(o -> o.value().equals(value))
                .map(Option::label)
                .findFirst()
                .orElse(value);
    }
}
