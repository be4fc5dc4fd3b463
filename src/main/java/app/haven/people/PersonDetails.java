package app.haven.people;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's personal details (everything on the person row), raw for forms and as labelled rows for pages. */
@Component
class PersonDetails {

    private final JdbcClient jdbc;
    private final PersonDisplay display;

    PersonDetails(JdbcClient jdbc, PersonDisplay display) {
        this.jdbc = jdbc;
        this.display = display;
    }

    record Details(
            long id,
            PersonKind kind,
            String name,
            Optional<LocalDate> dateOfBirth,
            boolean dateOfBirthEstimated,
            Sex sex,
            Optional<String> genderIdentity,
            Optional<String> ethnicity,
            Optional<String> ethnicityCode,
            Optional<String> firstLanguage,
            boolean interpreterNeeded,
            Optional<String> educationSetting,
            String sendStatus,
            boolean learningDisability,
            Optional<String> disability,
            String lookedAfterStatus,
            Optional<String> placementType,
            Optional<String> placementDetail,
            Optional<Long> areaId,
            Optional<String> area,
            Optional<Long> mergedInto,
            int version,
            List<PersonRecordView.SummaryItem> summary) {}

    Optional<Details> find(long id) {
        return jdbc.sql("""
                        SELECT p.*, e.label AS ethnicity_label, a.name AS area_name,
                               (SELECT n.given_names || ' ' || n.family_name FROM person_name n WHERE n.person_id = p.id
                                  AND n.removed_at IS NULL ORDER BY n.name_type = 'PREFERRED' DESC, n.name_type = 'LEGAL' DESC, n.id
                                  LIMIT 1) AS name_in_use
                          FROM person p LEFT JOIN ethnicity e ON e.code = p.ethnicity LEFT JOIN area a ON a.id = p.area_id
                         WHERE p.id = :id
                        """)
                .param("id", id)
                .query((rs, row) -> {
                    Optional<LocalDate> dob =
                            Optional.ofNullable(rs.getDate("date_of_birth")).map(Date::toLocalDate);
                    boolean estimated = rs.getBoolean("date_of_birth_estimated");
                    Sex sex = Sex.valueOf(rs.getString("sex"));
                    Optional<String> gender = Optional.ofNullable(rs.getString("gender_identity"));
                    Optional<String> ethnicity = Optional.ofNullable(rs.getString("ethnicity_label"));
                    Optional<String> language = Optional.ofNullable(rs.getString("first_language"));
                    boolean interpreter = rs.getBoolean("interpreter_needed");
                    Optional<String> education = Optional.ofNullable(rs.getString("education_setting"));
                    String send = rs.getString("send_status");
                    boolean learning = rs.getBoolean("learning_disability");
                    Optional<String> disability = Optional.ofNullable(rs.getString("disability"));
                    String lookedAfter = rs.getString("looked_after_status");
                    Optional<String> placementType = Optional.ofNullable(rs.getString("placement_type"));
                    Optional<String> placementDetail = Optional.ofNullable(rs.getString("placement_detail"));
                    Optional<String> area = Optional.ofNullable(rs.getString("area_name"));
                    List<PersonRecordView.SummaryItem> summary = new ArrayList<>();
                    summary.add(item("Date of birth", display.dateOfBirth(dob, estimated)));
                    summary.add(item("Sex", sex.label()));
                    summary.add(item("Gender identity", gender.orElse("Not recorded")));
                    summary.add(item("Ethnicity", ethnicity.orElse("Not recorded")));
                    summary.add(item(
                            "First language",
                            language.orElse("Not recorded") + (interpreter ? " (interpreter needed)" : "")));
                    summary.add(item("Area", area.orElse("Not known")));
                    summary.add(item("Education setting", education.orElse("Not recorded")));
                    summary.add(item("Special educational needs", PersonChoices.label(PersonChoices.SEND, send)));
                    summary.add(item(
                            "Disability",
                            disability.orElse("None recorded") + (learning ? " (learning disability)" : "")));
                    summary.add(item(
                            "Looked after",
                            PersonChoices.label(PersonChoices.LOOKED_AFTER, lookedAfter)
                                    + placementType
                                            .map(t -> ", " + PersonChoices.label(PersonChoices.PLACEMENT, t))
                                            .orElse("")
                                    + placementDetail.map(d -> ": " + d).orElse("")));
                    return new Details(
                            rs.getLong("id"),
                            PersonKind.valueOf(rs.getString("kind")),
                            Optional.ofNullable(rs.getString("name_in_use")).orElse("Name not recorded"),
                            dob,
                            estimated,
                            sex,
                            gender,
                            ethnicity,
                            Optional.ofNullable(rs.getString("ethnicity")),
                            language,
                            interpreter,
                            education,
                            send,
                            learning,
                            disability,
                            lookedAfter,
                            placementType,
                            placementDetail,
                            Optional.ofNullable((Long) rs.getObject("area_id", Long.class)),
                            area,
                            Optional.ofNullable((Long) rs.getObject("merged_into", Long.class)),
                            rs.getInt("version"),
                            summary);
                })
                .optional();
    }

    private static PersonRecordView.SummaryItem item(String label, String value) {
        return new PersonRecordView.SummaryItem(label, value);
    }
}
