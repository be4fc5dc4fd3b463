package app.haven.screening;

import app.haven.platform.web.DateParts;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads screenings. Access is checked by the caller. */
@Component
class ScreeningQueries {

    private final JdbcClient jdbc;

    ScreeningQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ScreeningRecord> find(long id) {
        Map<String, AnswerInput> answers = new LinkedHashMap<>();
        jdbc.sql("SELECT indicator_id, answer, basis, timing, note FROM screening_answer WHERE screening_id = :id")
                .param("id", id)
                .query(rs -> {
                    answers.put(
                            rs.getString(1),
                            new AnswerInput(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                });
        return jdbc.sql("""
                        SELECT s.*, starter.display_name AS started_by_name, saver.display_name AS updated_by_name
                          FROM screening s
                          JOIN user_account starter ON starter.id = coalesce(s.started_by, s.completed_by)
                          JOIN user_account saver ON saver.id = coalesce(s.updated_by, s.completed_by)
                         WHERE s.id = :id AND s.status <> 'DISCARDED'
                        """)
                .param("id", id)
                .query((rs, row) -> record(rs, answers))
                .optional();
    }

    /** The child's completed screenings, oldest first, with their answers, for the trajectory. */
    List<ScreeningRecord> completedFor(List<Long> childIds) {
        List<Long> ids =
                jdbc.sql("""
                        SELECT id FROM screening WHERE child_id IN (:children) AND status = 'COMPLETED'
                         ORDER BY screening_date, completed_at, id
                        """).param("children", childIds).query(Long.class).list();
        List<ScreeningRecord> records = new ArrayList<>();
        ids.forEach(id -> find(id).ifPresent(records::add));
        return records;
    }

    /** Drafts of this child's screenings, newest first. */
    List<ScreeningRecord> draftsFor(List<Long> childIds) {
        List<Long> ids =
                jdbc.sql("""
                        SELECT id FROM screening WHERE child_id IN (:children) AND status = 'DRAFT' ORDER BY updated_at DESC
                        """).param("children", childIds).query(Long.class).list();
        List<ScreeningRecord> records = new ArrayList<>();
        ids.forEach(id -> find(id).ifPresent(records::add));
        return records;
    }

    private static ScreeningRecord record(ResultSet rs, Map<String, AnswerInput> answers) throws SQLException {
        boolean completed = rs.getString("status").equals("COMPLETED");
        List<String> triggerValues =
                Arrays.asList((String[]) rs.getArray("triggers").getArray());
        Map<ChildProtectionTrigger, String> triggerAnswers = new EnumMap<>(ChildProtectionTrigger.class);
        List<ChildProtectionTrigger> triggered = new ArrayList<>();
        for (String value : triggerValues) {
            if (completed) {
                triggered.add(ChildProtectionTrigger.valueOf(value));
            } else if (value.contains("=")) {
                String[] pair = value.split("=", 2);
                triggerAnswers.put(ChildProtectionTrigger.valueOf(pair[0]), pair[1]);
            }
        }
        if (completed) {
            for (ChildProtectionTrigger trigger : ChildProtectionTrigger.values()) {
                triggerAnswers.put(trigger, triggered.contains(trigger) ? "yes" : "no");
            }
        }
        Optional<java.time.LocalDate> date =
                Optional.ofNullable(rs.getDate("screening_date")).map(Date::toLocalDate);
        ScreeningForm form = new ScreeningForm(
                date.map(DateParts::of).orElse(DateParts.empty()),
                yesNo(rs, "child_took_part"),
                yesNo(rs, "carer_took_part"),
                text(rs, "others_present"),
                text(rs, "child_not_involved_reason"),
                text(rs, "child_words"),
                text(rs, "carer_view"),
                triggerAnswers,
                ScreeningForm.triggersApply(triggerAnswers),
                answers);
        return new ScreeningRecord(
                rs.getLong("id"),
                rs.getLong("child_id"),
                rs.getString("tool_id"),
                rs.getInt("tool_version"),
                rs.getString("status"),
                rs.getLong("completed_by"),
                date,
                form,
                Optional.ofNullable(rs.getString("band_code")),
                Optional.ofNullable(rs.getString("band_label")),
                rs.getInt("band_rank"),
                rs.getInt("points"),
                Arrays.asList((String[]) rs.getArray("reasons").getArray()),
                triggered,
                Optional.ofNullable(rs.getTimestamp("completed_at")).map(Timestamp::toInstant),
                rs.getInt("version"),
                rs.getString("started_by_name"),
                rs.getTimestamp("started_at").toInstant(),
                rs.getString("updated_by_name"),
                rs.getTimestamp("updated_at").toInstant(),
                Optional.ofNullable(rs.getDate("rescreen_on")).map(Date::toLocalDate));
    }

    private static String yesNo(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? "" : ((Boolean) value) ? "yes" : "no";
    }

    private static String text(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column)).orElse("");
    }
}
