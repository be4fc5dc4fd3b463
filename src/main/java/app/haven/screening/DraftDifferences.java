package app.haven.screening;

import app.haven.platform.web.DateParts;
import app.haven.screening.banding.Indicator;
import app.haven.screening.banding.ToolDefinition;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Where a colleague's saved draft differs from what this user typed: shown beside the user's answers on a conflict. */
final class DraftDifferences {

    private static final Map<String, String> WORDS = Map.of(
            "PRESENT", "Present",
            "NOT_PRESENT", "Not present",
            "NOT_KNOWN", "Not known",
            "EVIDENCED", "evidenced",
            "JUDGEMENT", "professional judgement",
            "CURRENT", "in the last 6 months",
            "EARLIER", "6 to 12 months ago",
            "BOTH", "both",
            "yes", "Yes",
            "no", "No");

    private DraftDifferences() {}

    static List<DraftDifference> between(ToolDefinition tool, ScreeningForm theirs, ScreeningForm mine) {
        List<DraftDifference> differences = new ArrayList<>();
        add(differences, "Date of the screening", date(theirs.screeningDate()), date(mine.screeningDate()));
        add(differences, "Did the child take part?", theirs.childTookPart(), mine.childTookPart());
        add(differences, "Why not", theirs.childNotInvolvedReason(), mine.childNotInvolvedReason());
        add(differences, "Did a parent or carer take part?", theirs.carerTookPart(), mine.carerTookPart());
        add(differences, "Who else took part", theirs.othersPresent(), mine.othersPresent());
        for (Indicator indicator : tool.indicators()) {
            AnswerInput a = theirs.answer(indicator.id());
            if (!a.equals(mine.answer(indicator.id()))) {
                differences.add(new DraftDifference(indicator.wording(), describe(a)));
            }
        }
        add(differences, "The child's own words", theirs.childWords(), mine.childWords());
        add(differences, "The parent's or carer's view", theirs.carerView(), mine.carerView());
        for (ChildProtectionTrigger trigger : ChildProtectionTrigger.values()) {
            add(differences, trigger.question(), theirs.trigger(trigger), mine.trigger(trigger));
        }
        return differences;
    }

    private static String describe(AnswerInput answer) {
        if (answer.answer().isEmpty()) {
            return "Not answered";
        }
        List<String> parts = new ArrayList<>();
        parts.add(words(answer.answer()));
        if (!answer.basis().isEmpty()) {
            parts.add(words(answer.basis()));
        }
        if (!answer.timing().isEmpty()) {
            parts.add(words(answer.timing()));
        }
        if (!answer.note().isEmpty()) {
            parts.add("note: " + answer.note());
        }
        return String.join(", ", parts);
    }

    private static void add(List<DraftDifference> differences, String label, String theirs, String mine) {
        if (!Objects.equals(theirs, mine)) {
            differences.add(new DraftDifference(label, theirs.isEmpty() ? "Not answered" : words(theirs)));
        }
    }

    private static String date(DateParts parts) {
        return parts.toDate()
                .map(DateTimeFormatter.ofPattern("d MMMM yyyy")::format)
                .orElse(parts.isBlank() ? "" : parts.day() + " " + parts.month() + " " + parts.year());
    }

    private static String words(String value) {
        return WORDS.getOrDefault(value, value);
    }
}
