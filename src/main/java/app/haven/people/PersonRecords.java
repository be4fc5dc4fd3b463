package app.haven.people;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.identity.ChildInvolvements;
import app.haven.people.matching.IdentifierType;
import app.haven.platform.HavenPrincipal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records new people. The record, its names and identifiers, the recorder's involvement (so they can open what
 * they made), the audit entry and the chronology event all commit together or not at all.
 */
@Service
class PersonRecords {

    private final JdbcClient jdbc;
    private final SearchTokens searchTokens;
    private final ChildInvolvements involvements;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonRecords(
            JdbcClient jdbc,
            SearchTokens searchTokens,
            ChildInvolvements involvements,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.searchTokens = searchTokens;
        this.involvements = involvements;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    long create(NewPerson person, HavenPrincipal user) {
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        INSERT INTO person (kind, date_of_birth, date_of_birth_estimated, sex, area_id, new_record_reason,
                                            send_status, learning_disability, education_setting, created_at, created_by,
                                            created_agency_id)
                        VALUES (:kind, :dob, :estimated, :sex, :area, :reason, :send, :learning, :school, :now, :user,
                                :agency)
                        RETURNING id
                        """)
                .param("kind", person.kind().name())
                .param("dob", person.dateOfBirth().map(Date::valueOf).orElse(null))
                .param("estimated", person.dateOfBirthEstimated())
                .param("sex", person.sex().name())
                .param("area", person.areaId().orElse(null))
                .param("reason", person.newRecordReason().orElse(null))
                .param("send", person.sendStatus())
                .param("learning", person.learningDisability())
                .param("school", person.school().orElse(null))
                .param("now", Timestamp.from(now))
                .param("user", user.userId())
                .param("agency", user.agencyId())
                .query(Long.class)
                .single();
        addName(id, "LEGAL", person.givenNames(), person.familyName(), now, user);
        person.preferredGivenNames()
                .ifPresent(preferred -> addName(id, "PREFERRED", preferred, person.familyName(), now, user));
        for (Map.Entry<IdentifierType, String> identifier : person.identifiers().entrySet()) {
            addIdentifier(id, identifier.getKey(), identifier.getValue(), now, user);
        }
        person.postcode().ifPresent(postcode -> addPostcode(id, postcode, now, user));
        searchTokens.refresh(id);
        involvements.startForRecorder(id, user, person.areaId());
        audit.record(
                AuditAction.CREATE,
                person.kind() == PersonKind.CHILD ? "child" : "person",
                id,
                person.kind() == PersonKind.CHILD ? Optional.of(id) : Optional.empty(),
                person.newRecordReason()
                        .map(reason -> "New record despite likely matches " + person.matchesShown() + ": " + reason));
        if (person.kind() == PersonKind.CHILD) {
            events.publishEvent(new ChildRecordChanged(
                    id,
                    ChildRecordChanged.Change.CREATED,
                    "Record created by " + user.displayName() + " (" + user.agencyName() + ")",
                    now,
                    user.userId(),
                    user.agencyId()));
        }
        return id;
    }

    private void addName(long personId, String type, String given, String family, Instant now, HavenPrincipal user) {
        jdbc.sql("""
                        INSERT INTO person_name (person_id, name_type, given_names, family_name, added_at, added_by)
                        VALUES (:person, :type, :given, :family, :now, :user)
                        """)
                .param("person", personId)
                .param("type", type)
                .param("given", given)
                .param("family", family)
                .param("now", Timestamp.from(now))
                .param("user", user.userId())
                .update();
    }

    /** Where they live now, known only by its postcode: an address from today, completed later on the record. */
    private void addPostcode(long personId, String postcode, Instant now, HavenPrincipal user) {
        jdbc.sql("""
                        INSERT INTO person_address (person_id, postcode, from_date, added_at, added_by)
                        VALUES (:person, :postcode, :from, :now, :user)
                        """)
                .param("person", personId)
                .param("postcode", postcode)
                .param("from", Date.valueOf(java.time.LocalDate.ofInstant(now, PersonRecordQueries.UK)))
                .param("now", Timestamp.from(now))
                .param("user", user.userId())
                .update();
    }

    private void addIdentifier(long personId, IdentifierType type, String value, Instant now, HavenPrincipal user) {
        jdbc.sql("""
                        INSERT INTO person_identifier (person_id, identifier_type, value, added_at, added_by)
                        VALUES (:person, :type, :value, :now, :user)
                        """)
                .param("person", personId)
                .param("type", type.name())
                .param("value", value)
                .param("now", Timestamp.from(now))
                .param("user", user.userId())
                .update();
    }
}
