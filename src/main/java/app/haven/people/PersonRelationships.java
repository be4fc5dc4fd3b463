package app.haven.people;

import app.haven.platform.HavenPrincipal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Typed, dated relationships between people. A relationship with a child appears on that child's chronology; one
 * between two children on both.
 */
@Service
class PersonRelationships {

    private final JdbcClient jdbc;
    private final RecordChanges changes;
    private final People people;
    private final PersonAccess access;
    private final Clock clock;

    PersonRelationships(JdbcClient jdbc, RecordChanges changes, People people, PersonAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.people = people;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    void add(
            long personId,
            long relatedId,
            RelationshipType type,
            Optional<LocalDate> from,
            Optional<String> note,
            HavenPrincipal user) {
        long id = jdbc.sql("""
                        INSERT INTO person_relationship (person_id, related_person_id, relationship_type, from_date, note,
                                                         added_at, added_by, made_in_scope)
                        VALUES (:person, :related, :type, :from, :note, :now, :user, :inScope) RETURNING id
                        """)
                .param(
                        "inScope",
                        access.opensWithoutBreakGlass(user, personId) && access.opensWithoutBreakGlass(user, relatedId))
                .param("person", personId)
                .param("related", relatedId)
                .param("type", type.name())
                .param("from", from.map(Date::valueOf).orElse(null))
                .param("note", note.orElse(null))
                .param("now", Timestamp.from(clock.instant()))
                .param("user", user.userId())
                .query(Long.class)
                .single();
        String relatedName = people.find(relatedId).map(PersonSummary::name).orElse("someone");
        String personName = people.find(personId).map(PersonSummary::name).orElse("someone");
        changes.changed(
                personId,
                "person-relationship",
                id,
                ChildRecordChanged.Change.RELATIONSHIP_CHANGED,
                type.label() + " recorded: " + relatedName,
                user);
        if (changes.isChild(relatedId)) {
            changes.changed(
                    relatedId,
                    "person-relationship",
                    id,
                    ChildRecordChanged.Change.RELATIONSHIP_CHANGED,
                    "Recorded as " + type.label().toLowerCase(java.util.Locale.UK) + " of " + personName,
                    user);
        }
    }

    /** Ends a current relationship seen from either side; false when there is none. */
    @Transactional
    boolean end(long personId, long relationshipId, LocalDate to, HavenPrincipal user) {
        int ended = jdbc.sql("""
                        UPDATE person_relationship SET ended_at = :now, ended_by = :user, to_date = :to
                         WHERE id = :id AND (person_id = :person OR related_person_id = :person) AND ended_at IS NULL
                           AND (from_date IS NULL OR from_date <= :to)
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("user", user.userId())
                .param("to", Date.valueOf(to))
                .param("id", relationshipId)
                .param("person", personId)
                .update();
        if (ended == 1) {
            changes.changed(
                    personId,
                    "person-relationship",
                    relationshipId,
                    ChildRecordChanged.Change.RELATIONSHIP_CHANGED,
                    "A relationship ended on " + PersonRecordQueries.WHEN.format(to),
                    user);
        }
        return ended == 1;
    }
}
