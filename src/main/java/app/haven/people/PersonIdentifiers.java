package app.haven.people;

import app.haven.people.matching.IdentifierType;
import app.haven.platform.HavenPrincipal;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds and removes identifiers; removed ones stay as history (and still find the person). */
@Service
class PersonIdentifiers {

    private final JdbcClient jdbc;
    private final RecordChanges changes;
    private final Clock clock;

    PersonIdentifiers(JdbcClient jdbc, RecordChanges changes, Clock clock) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.clock = clock;
    }

    /** Whether this person already holds this identifier now. */
    boolean holds(long personId, IdentifierType type, String value) {
        return jdbc.sql("""
                        SELECT count(*) FROM person_identifier
                         WHERE person_id = :person AND identifier_type = :type AND value = :value AND removed_at IS NULL
                        """)
                        .param("person", personId)
                        .param("type", type.name())
                        .param("value", value)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Transactional
    void add(long personId, IdentifierType type, String normalised, HavenPrincipal user) {
        long id = jdbc.sql("""
                        INSERT INTO person_identifier (person_id, identifier_type, value, added_at, added_by)
                        VALUES (:person, :type, :value, :now, :user) RETURNING id
                        """)
                .param("person", personId)
                .param("type", type.name())
                .param("value", normalised)
                .param("now", Timestamp.from(clock.instant()))
                .param("user", user.userId())
                .query(Long.class)
                .single();
        changes.changed(
                personId,
                "person-identifier",
                id,
                ChildRecordChanged.Change.IDENTIFIER_CHANGED,
                type.label() + " added",
                user);
    }

    @Transactional
    boolean remove(long personId, long identifierId, HavenPrincipal user) {
        int removed = jdbc.sql("""
                        UPDATE person_identifier SET removed_at = :now, removed_by = :user
                         WHERE id = :id AND person_id = :person AND removed_at IS NULL
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("user", user.userId())
                .param("id", identifierId)
                .param("person", personId)
                .update();
        if (removed == 1) {
            changes.changed(
                    personId,
                    "person-identifier",
                    identifierId,
                    ChildRecordChanged.Change.IDENTIFIER_CHANGED,
                    "An identifier was removed (it stays in the record's history)",
                    user);
        }
        return removed == 1;
    }
}
