package app.haven.screening;

import app.haven.platform.HavenPrincipal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes a draft's answers, guarded by its version; callers audit and publish only when it wrote. */
@Component
class DraftWriter {

    private final JdbcClient jdbc;
    private final Clock clock;

    DraftWriter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Writes the form over the draft when it is still a draft at {@code expectedVersion}; false, writing nothing,
     * otherwise (a colleague saved since, or it was submitted or discarded).
     */
    boolean write(long id, ScreeningForm form, int expectedVersion, HavenPrincipal user) {
        int updated = jdbc.sql("""
                        UPDATE screening SET screening_date = :date, child_took_part = :child, carer_took_part = :carer,
                               others_present = :others, child_not_involved_reason = :reason, child_words = :words,
                               carer_view = :view, triggers = :triggers::text[], updated_at = :now, updated_by = :user,
                               version = version + 1
                         WHERE id = :id AND status = 'DRAFT' AND version = :version
                        """)
                .param("date", form.screeningDate().toDate().map(Date::valueOf).orElse(null))
                .param("child", yesNo(form.childTookPart()))
                .param("carer", yesNo(form.carerTookPart()))
                .param("others", blankToNull(form.othersPresent()))
                .param("reason", blankToNull(form.childNotInvolvedReason()))
                .param("words", blankToNull(form.childWords()))
                .param("view", blankToNull(form.carerView()))
                .param(
                        "triggers",
                        TextArrays.literal(form.triggers().entrySet().stream()
                                .map(e -> e.getKey().name() + "=" + e.getValue())
                                .toList()))
                .param("now", Timestamp.from(clock.instant()))
                .param("user", user.userId())
                .param("id", id)
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM screening_answer WHERE screening_id = :id")
                .param("id", id)
                .update();
        for (Map.Entry<String, AnswerInput> entry : form.answers().entrySet()) {
            AnswerInput input = entry.getValue();
            jdbc.sql("""
                            INSERT INTO screening_answer (screening_id, indicator_id, answer, basis, timing, note)
                            VALUES (:id, :indicator, :answer, :basis, :timing, :note)
                            """)
                    .param("id", id)
                    .param("indicator", entry.getKey())
                    .param("answer", blankToNull(input.answer()))
                    .param("basis", List.of("EVIDENCED", "JUDGEMENT").contains(input.basis()) ? input.basis() : null)
                    .param(
                            "timing",
                            List.of("CURRENT", "EARLIER", "BOTH").contains(input.timing()) ? input.timing() : null)
                    .param("note", blankToNull(input.note()))
                    .update();
        }
        return true;
    }

    private static Boolean yesNo(String value) {
        return "yes".equals(value) ? Boolean.TRUE : "no".equals(value) ? Boolean.FALSE : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
