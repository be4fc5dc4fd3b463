package app.haven.engagement;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback surveys reached with a single-use code. Issuing stores only the codes' hashes; answering claims the code
 * and saves the answers in one transaction, so a code answers once. The response keeps the area, the audience and the
 * day, and the child only where consent to link was recorded with the code: nothing links an anonymous response to its
 * code, the device or the moment it was sent.
 */
@Service
class Surveys {

    static final List<String> AUDIENCES = List.of("CHILDREN_YOUNG_PEOPLE", "PARENTS_CARERS");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final EngagementScope scope;
    private final Clock clock;

    Surveys(JdbcClient jdbc, AuditLog audit, EngagementScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.scope = scope;
        this.clock = clock;
    }

    /** An unused code's survey: who it is for. */
    record Invitation(String audience) {}

    /** Issues {@code count} codes for an area the user works in; the codes are returned once and never stored. */
    @Transactional
    List<String> issue(long areaId, String audience, int count, Optional<Long> consentedChild, HavenPrincipal user) {
        if (!scope.areaIds(user).contains(areaId) || !AUDIENCES.contains(audience) || count < 1 || count > 200) {
            throw new IllegalArgumentException("not a survey the user may issue");
        }
        List<String> codes = new ArrayList<>();
        long first = 0;
        for (int i = 0; i < count; i++) {
            String code = SurveyCodes.next();
            long id = jdbc.sql("""
                            INSERT INTO survey_invitation (area_id, audience, code_hash, child_id, issued_by, issued_on)
                            VALUES (:area, :audience, :hash, :child, :user, :today) RETURNING id
                            """)
                    .param("area", areaId)
                    .param("audience", audience)
                    .param("hash", SurveyCodes.hash(SurveyCodes.normalised(code)))
                    .param("child", consentedChild.orElse(null))
                    .param("user", user.userId())
                    .param("today", Date.valueOf(today()))
                    .query(Long.class)
                    .single();
            first = first == 0 ? id : first;
            codes.add(code);
        }
        audit.record(
                AuditAction.CREATE,
                "survey-invitation",
                first,
                consentedChild,
                Optional.of(count + " codes" + (consentedChild.isPresent() ? ", answers linked with consent" : "")));
        return codes;
    }

    /** The survey an unused code opens, or empty for a code that was never issued or was used. */
    Optional<Invitation> open(String typed) {
        String code = SurveyCodes.normalised(typed);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT audience FROM survey_invitation WHERE code_hash = :hash AND NOT used")
                .param("hash", SurveyCodes.hash(code))
                .query((rs, n) -> new Invitation(rs.getString(1)))
                .optional();
    }

    List<SurveyQuestion> questions(String audience) {
        return jdbc.sql("SELECT code, audience, wording FROM survey_question WHERE audience = :a AND NOT retired"
                        + " ORDER BY position")
                .param("a", audience)
                .query((rs, n) -> new SurveyQuestion(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /**
     * Uses the code and saves its answers (question code to 1..5; questions left unanswered are skipped); false, with
     * nothing saved, when the code is not an unused one.
     */
    @Transactional
    boolean answer(String typed, Map<String, Integer> answers) {
        String code = SurveyCodes.normalised(typed);
        if (code.isEmpty()) {
            return false;
        }
        record Claimed(long areaId, String audience, Long childId) {}
        Optional<Claimed> claimed = jdbc.sql("""
                        UPDATE survey_invitation SET used = true WHERE code_hash = :hash AND NOT used
                        RETURNING area_id, audience, child_id
                        """)
                .param("hash", SurveyCodes.hash(code))
                .query((rs, n) -> new Claimed(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3)))
                .optional();
        if (claimed.isEmpty()) {
            return false;
        }
        UUID response = jdbc.sql("""
                        INSERT INTO survey_response (area_id, audience, answered_on, child_id)
                        VALUES (:area, :audience, :today, :child) RETURNING id
                        """)
                .param("area", claimed.get().areaId())
                .param("audience", claimed.get().audience())
                .param("today", Date.valueOf(today()))
                .param("child", claimed.get().childId())
                .query(UUID.class)
                .single();
        for (SurveyQuestion question : questions(claimed.get().audience())) {
            Integer value = answers.get(question.code());
            if (value != null && value >= 1 && value <= 5) {
                jdbc.sql("INSERT INTO survey_answer (response_id, question_code, answer) VALUES (:r, :q, :a)")
                        .param("r", response)
                        .param("q", question.code())
                        .param("a", value)
                        .update();
            }
        }
        return true;
    }

    /** The answers of the user's areas for one audience, per question, small numbers suppressed. */
    List<SurveyResult> results(String audience, HavenPrincipal user) {
        List<SurveyResult> results = new ArrayList<>();
        for (SurveyQuestion question : questions(audience)) {
            List<Long> counts = new ArrayList<>(List.of(0L, 0L, 0L, 0L, 0L));
            jdbc.sql("""
                            SELECT a.answer, count(*) FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
                             WHERE a.question_code = :q AND r.area_id IN (:areas) GROUP BY a.answer
                            """)
                    .param("q", question.code())
                    .param("areas", scope.areaIds(user))
                    .query((rs, n) -> counts.set(rs.getInt(1) - 1, rs.getLong(2)))
                    .list();
            long total = counts.stream().mapToLong(Long::longValue).sum();
            results.add(new SurveyResult(question.wording(), SmallNumbers.shown(counts), SmallNumbers.total(total)));
        }
        return results;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(EngagementMeasures.LONDON));
    }
}
