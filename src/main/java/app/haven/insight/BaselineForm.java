package app.haven.insight;

import app.haven.platform.web.FormErrors;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/** A baseline figure as typed: the measure, where, when, a count or a percentage, and its source. */
public record BaselineForm(
        String measure, String category, String area, String period, String count, String percent, String source) {

    public BaselineForm {
        measure = measure == null ? "" : measure.trim();
        category = category == null ? "" : category;
        area = area == null ? "" : area.trim();
        period = period == null ? "" : period.trim();
        count = count == null ? "" : count;
        percent = percent == null ? "" : percent;
        source = source == null ? "" : source;
    }

    static BaselineForm empty() {
        return new BaselineForm("", "", AreaChoice.WHOLE_PARTNERSHIP, "", "", "", "");
    }

    FormErrors check(Set<String> measures, Set<String> areas) {
        FormErrors.Builder errors = FormErrors.builder();
        if (!measures.contains(measure)) {
            errors.field("measure", "Choose the measure the figure is for");
        }
        if (category.length() > 120) {
            errors.field("category", "Category must be 120 characters or fewer");
        }
        if (!areas.contains(area)) {
            errors.field("area", "Choose the whole partnership or one of its areas");
        }
        if (Period.parse(period).isEmpty()) {
            errors.field(
                    "period",
                    "Enter a period that exists: a financial year such as 2012-13, or a quarter such as"
                            + " 2012-13-q1");
        }
        checkFigure(count, percent, source, errors);
        return errors.build();
    }

    /** A figure as typed: a count or a percentage (not both), and where it comes from. */
    static void checkFigure(String count, String percent, String source, FormErrors.Builder errors) {
        boolean hasCount = !count.isBlank();
        boolean hasPercent = !percent.isBlank();
        if (hasCount == hasPercent) {
            errors.field("count", "Enter either a count or a percentage, not both");
        } else if (hasCount && countValue(count).isEmpty()) {
            errors.field("count", "Count must be a whole number, like 158");
        } else if (hasPercent && percentValue(percent).isEmpty()) {
            errors.field("percent", "Percentage must be a number from 0 to 100 with at most one decimal place");
        }
        if (source.isBlank() || source.length() > 500) {
            errors.field("source", "Enter where the figure comes from (500 characters or fewer)");
        }
    }

    Optional<BigDecimal> percentValue() {
        return percentValue(percent);
    }

    static Optional<Long> countValue(String count) {
        String typed = count.trim();
        return typed.matches("[0-9]{1,9}") ? Optional.of(Long.valueOf(typed)) : Optional.empty();
    }

    static Optional<BigDecimal> percentValue(String percent) {
        String typed = percent.trim().replace("%", "");
        if (!typed.matches("[0-9]{1,3}(\\.[0-9])?")) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(typed);
        return value.compareTo(BigDecimal.valueOf(100)) > 0 ? Optional.empty() : Optional.of(value);
    }
}
