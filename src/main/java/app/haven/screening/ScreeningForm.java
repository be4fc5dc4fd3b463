package app.haven.screening;

import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import app.haven.screening.banding.Indicator;
import app.haven.screening.banding.ToolDefinition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A screening as typed. Indicator answers arrive as {@code answer.<id>}, {@code basis.<id>}, {@code timing.<id>} and
 * {@code note.<id>}; an id the tool does not have is refused, never stored.
 */
public record ScreeningForm(
        DateParts screeningDate,
        String childTookPart,
        String carerTookPart,
        String othersPresent,
        String childNotInvolvedReason,
        String childWords,
        String carerView,
        Map<ChildProtectionTrigger, String> triggers,
        String triggersApply,
        Map<String, AnswerInput> answers) {

    static final int MAX_NOTE = 1000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");
    static final int MAX_WORDS = 4000;

    public AnswerInput answer(String indicatorId) {
        return answers.getOrDefault(indicatorId, AnswerInput.BLANK);
    }

    public String trigger(ChildProtectionTrigger trigger) {
        return triggers.getOrDefault(trigger, "");
    }

    /**
     * The answer to "does any child protection trigger apply?" that these trigger answers mean: "no" when every one
     * is no, "yes" when any is yes, blank when not all are answered.
     */
    static String triggersApply(Map<ChildProtectionTrigger, String> triggers) {
        if (triggers.containsValue("yes")) {
            return "yes";
        }
        boolean allNo = triggers.size() == ChildProtectionTrigger.values().length
                && triggers.values().stream().allMatch("no"::equals);
        return allNo ? "no" : "";
    }

    /** The child protection triggers answered yes, in the order the form asks them. */
    List<ChildProtectionTrigger> triggersAnsweredYes() {
        return triggers.entrySet().stream()
                .filter(e -> "yes".equals(e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Reads the posted fields; {@code unknownIds} collects indicator ids the tool does not have. */
    static ScreeningForm from(Map<String, String> params, ToolDefinition tool, Set<String> unknownIds) {
        Set<String> ids = tool.indicatorsById().keySet();
        Map<String, AnswerInput> answers = new LinkedHashMap<>();
        for (String name : params.keySet()) {
            int dot = name.indexOf('.');
            String prefix = dot < 0 ? "" : name.substring(0, dot);
            if (Set.of("answer", "basis", "timing", "note").contains(prefix)) {
                String id = name.substring(dot + 1);
                if (!ids.contains(id)) {
                    unknownIds.add(id);
                }
            }
        }
        for (String id : ids) {
            AnswerInput input = new AnswerInput(
                    params.get("answer." + id),
                    params.get("basis." + id),
                    params.get("timing." + id),
                    params.get("note." + id));
            if (!input.equals(AnswerInput.BLANK)) {
                answers.put(id, input);
            }
        }
        // One question, "does any apply?", then which: the ticked ones are yes and the rest no. A ticked trigger is
        // never dropped, even beside "none of them" (that contradiction is asked about on submit). Each trigger can
        // also be posted as yes or no on its own.
        String apply = params.getOrDefault("triggersApply", "");
        Map<ChildProtectionTrigger, String> triggers = new EnumMap<>(ChildProtectionTrigger.class);
        for (ChildProtectionTrigger trigger : ChildProtectionTrigger.values()) {
            String value = params.getOrDefault("trigger." + trigger.name(), "");
            if ((apply.equals("no") || apply.equals("yes")) && !value.equals("yes")) {
                value = "no";
            }
            if (!value.isEmpty()) {
                triggers.put(trigger, value);
            }
        }
        if (!apply.equals("yes") && !apply.equals("no")) {
            apply = triggersApply(triggers);
        }
        return new ScreeningForm(
                new DateParts(
                        params.getOrDefault("screeningDate.day", ""),
                        params.getOrDefault("screeningDate.month", ""),
                        params.getOrDefault("screeningDate.year", "")),
                params.getOrDefault("childTookPart", ""),
                params.getOrDefault("carerTookPart", ""),
                params.getOrDefault("othersPresent", "").strip(),
                params.getOrDefault("childNotInvolvedReason", "").strip(),
                params.getOrDefault("childWords", "").strip(),
                params.getOrDefault("carerView", "").strip(),
                triggers,
                apply,
                answers);
    }

    /**
     * Checks that apply to a draft too: nothing over-long, nothing that is not a real choice, a date that can be the
     * date of this screening: not in the future, not before the child was born, and within the last 12 months (a
     * screening describes the child now; an older assessment belongs in the chronology, not here).
     */
    FormErrors.Builder checkShape(ToolDefinition tool, LocalDate today, Optional<LocalDate> dateOfBirth) {
        FormErrors.Builder errors = FormErrors.builder();
        if (!screeningDate.isBlank()) {
            Optional<LocalDate> date = screeningDate.toDate();
            if (date.isEmpty()) {
                errors.date("screeningDate", "Date of the screening must be a real date, like 27 3 2026");
            } else if (date.get().isAfter(today)) {
                errors.date("screeningDate", "Date of the screening must be today or in the past");
            } else if (dateOfBirth.isPresent() && date.get().isBefore(dateOfBirth.get())) {
                errors.date(
                        "screeningDate",
                        "Date of the screening must be on or after the child's date of birth, "
                                + DATE.format(dateOfBirth.get()));
            } else if (date.get().isBefore(today.minusYears(1))) {
                errors.date(
                        "screeningDate",
                        "Date of the screening must be within the last 12 months, on or after "
                                + DATE.format(today.minusYears(1)));
            }
        }
        length(errors, "othersPresent", othersPresent, "Who else took part", 300);
        length(errors, "childNotInvolvedReason", childNotInvolvedReason, "Reason", MAX_NOTE);
        length(errors, "childWords", childWords, "The child's own words", MAX_WORDS);
        length(errors, "carerView", carerView, "The parent's or carer's view", MAX_WORDS);
        for (Indicator indicator : tool.indicators()) {
            AnswerInput input = answer(indicator.id());
            if (!input.answer().isEmpty()
                    && !Set.of("PRESENT", "NOT_PRESENT", "NOT_KNOWN").contains(input.answer())) {
                errors.field("answer." + indicator.id(), "Select an answer for ‘" + indicator.wording() + "’");
            }
            length(errors, "note." + indicator.id(), input.note(), "Note on ‘" + indicator.wording() + "’", MAX_NOTE);
        }
        return errors;
    }

    /** Everything needed to band: every indicator answered, who took part, the trigger questions. */
    FormErrors checkComplete(ToolDefinition tool, LocalDate today, Optional<LocalDate> dateOfBirth) {
        FormErrors.Builder errors = checkShape(tool, today, dateOfBirth);
        if (screeningDate.isBlank()) {
            errors.date("screeningDate", "Enter the date of the screening");
        }
        yesNo(errors, "childTookPart", childTookPart, "Select whether the child took part");
        if ("no".equals(childTookPart) && childNotInvolvedReason.isEmpty()) {
            errors.field("childNotInvolvedReason", "Enter why the child did not take part");
        }
        yesNo(errors, "carerTookPart", carerTookPart, "Select whether a parent or carer took part");
        for (Indicator indicator : tool.indicators()) {
            AnswerInput input = answer(indicator.id());
            if (input.answer().isEmpty()) {
                errors.field("answer." + indicator.id(), "Select an answer for ‘" + indicator.wording() + "’");
            } else if (input.answer().equals("PRESENT") && input.basis().isEmpty()) {
                errors.field(
                        "basis." + indicator.id(),
                        "Select whether ‘" + indicator.wording() + "’ is evidenced or your professional judgement");
            }
            if (input.answer().equals("PRESENT")
                    && indicator.isTimed()
                    && input.timing().isEmpty()) {
                errors.field("timing." + indicator.id(), "Select when ‘" + indicator.wording() + "’ happened");
            }
        }
        if (triggersApply.isEmpty()) {
            errors.field("triggersApply", "Select whether any child protection trigger applies");
        } else if (triggersApply.equals("no") && !triggersAnsweredYes().isEmpty()) {
            errors.field(
                    "triggersApply",
                    "You answered that none of the child protection triggers applies but ticked one: select ‘Yes’ or"
                            + " untick it");
        } else if (triggersApply.equals("yes") && triggersAnsweredYes().isEmpty()) {
            errors.field(
                    "trigger." + ChildProtectionTrigger.values()[0].name(),
                    "Select which child protection triggers apply");
        }
        return errors.build();
    }

    private static void yesNo(FormErrors.Builder errors, String field, String value, String message) {
        if (!"yes".equals(value) && !"no".equals(value)) {
            errors.field(field, message);
        }
    }

    private static void length(FormErrors.Builder errors, String field, String value, String label, int max) {
        if (value.length() > max) {
            errors.field(field, label + " must be " + max + " characters or fewer");
        }
    }
}
