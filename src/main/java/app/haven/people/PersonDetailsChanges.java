package app.haven.people;

import app.haven.platform.HavenPrincipal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves personal details only if nobody changed them since the form was opened (optimistic locking: the version
 * must match). A new legal name keeps the old one as a previous name.
 */
@Service
class PersonDetailsChanges {

    private final JdbcClient jdbc;
    private final SearchTokens searchTokens;
    private final RecordChanges changes;
    private final Clock clock;

    PersonDetailsChanges(JdbcClient jdbc, SearchTokens searchTokens, RecordChanges changes, Clock clock) {
        this.jdbc = jdbc;
        this.searchTokens = searchTokens;
        this.changes = changes;
        this.clock = clock;
    }

    /** The legal name as given and family names, if the person has one. */
    Optional<String[]> legalName(long personId) {
        return jdbc.sql("""
                        SELECT given_names, family_name FROM person_name
                         WHERE person_id = :id AND name_type = 'LEGAL' AND removed_at IS NULL
                        """)
                .param("id", personId)
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional();
    }

    /** False, changing nothing, when the record's version moved on since the form was opened. */
    @Transactional
    boolean save(long personId, DetailsForm form, HavenPrincipal user) {
        int updated = jdbc.sql("""
                        UPDATE person SET date_of_birth = :dob, date_of_birth_estimated = :estimated, sex = :sex,
                               gender_identity = :gender, ethnicity = :ethnicity, first_language = :language,
                               interpreter_needed = :interpreter, area_id = :area, education_setting = :education,
                               send_status = :send, learning_disability = :learning, disability = :disability,
                               looked_after_status = :lookedAfter, placement_type = :placementType,
                               placement_detail = :placementDetail, version = version + 1
                         WHERE id = :id AND version = :version
                        """)
                .param("dob", form.dateOfBirth().toDate().map(Date::valueOf).orElse(null))
                .param(
                        "estimated",
                        !form.dateOfBirthEstimated().isEmpty()
                                && !form.dateOfBirth().isBlank())
                .param("sex", form.sex())
                .param("gender", form.optional(form.genderIdentity()).orElse(null))
                .param("ethnicity", form.optional(form.ethnicity()).orElse(null))
                .param("language", form.optional(form.firstLanguage()).orElse(null))
                .param("interpreter", !form.interpreterNeeded().isEmpty())
                .param("area", form.optional(form.areaId()).map(Long::valueOf).orElse(null))
                .param("education", form.optional(form.educationSetting()).orElse(null))
                .param("send", form.sendStatus())
                .param("learning", !form.learningDisability().isEmpty())
                .param("disability", form.optional(form.disability()).orElse(null))
                .param("lookedAfter", form.lookedAfterStatus())
                .param("placementType", form.optional(form.placementType()).orElse(null))
                .param("placementDetail", form.optional(form.placementDetail()).orElse(null))
                .param("id", personId)
                .param("version", Integer.parseInt(form.version()))
                .update();
        if (updated == 0) {
            return false;
        }
        renameIfChanged(personId, form.givenNames(), form.familyName(), user);
        changes.changed(
                personId,
                "person",
                personId,
                ChildRecordChanged.Change.DETAILS_CHANGED,
                "Personal details changed",
                user);
        return true;
    }

    private void renameIfChanged(long personId, String given, String family, HavenPrincipal user) {
        Optional<String[]> current = legalName(personId);
        if (current.isPresent() && current.get()[0].equals(given) && current.get()[1].equals(family)) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.sql("""
                        UPDATE person_name SET name_type = 'PREVIOUS'
                         WHERE person_id = :id AND name_type = 'LEGAL' AND removed_at IS NULL
                        """).param("id", personId).update();
        jdbc.sql("""
                        INSERT INTO person_name (person_id, name_type, given_names, family_name, added_at, added_by)
                        VALUES (:id, 'LEGAL', :given, :family, :now, :user)
                        """)
                .param("id", personId)
                .param("given", given)
                .param("family", family)
                .param("now", now)
                .param("user", user.userId())
                .update();
        searchTokens.refresh(personId);
        changes.changed(
                personId,
                "person-name",
                personId,
                ChildRecordChanged.Change.NAME_CHANGED,
                "Legal name changed to " + given + " " + family + " (the previous name is kept)",
                user);
    }
}
