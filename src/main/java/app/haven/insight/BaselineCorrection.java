package app.haven.insight;

import app.haven.platform.web.FormErrors;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A correction of a baseline figure as typed: the right figure (a count or a percentage), its source, why the figure
 * was wrong, and the version of the baseline the page showed (a save from an out-of-date page saves nothing).
 */
public record BaselineCorrection(String count, String percent, String source, String reason, int version) {

    public BaselineCorrection {
        count = count == null ? "" : count;
        percent = percent == null ? "" : percent;
        source = source == null ? "" : source;
        reason = reason == null ? "" : reason;
    }

    /** The form as a baseline is now, to be corrected. */
    static BaselineCorrection of(Baselines.Baseline baseline) {
        return new BaselineCorrection(
                baseline.count().map(String::valueOf).orElse(""),
                baseline.sharePercent().map(BigDecimal::toPlainString).orElse(""),
                baseline.source(),
                "",
                baseline.version());
    }

    FormErrors check() {
        FormErrors.Builder errors = FormErrors.builder();
        BaselineForm.checkFigure(count, percent, source, errors);
        if (reason.isBlank() || reason.length() > 500) {
            errors.field("reason", "Enter what was wrong with the figure (500 characters or fewer)");
        }
        return errors.build();
    }

    Optional<Long> countValue() {
        return count.isBlank() ? Optional.empty() : BaselineForm.countValue(count);
    }

    Optional<BigDecimal> percentValue() {
        return percent.isBlank() ? Optional.empty() : BaselineForm.percentValue(percent);
    }
}
