package app.haven.people;

import app.haven.platform.HavenPrincipal;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds and removes the names a person is known by. Removed names stay on the record and stay searchable. */
@Service
class PersonNames {

    private final JdbcClient jdbc;
    private final SearchTokens searchTokens;
    private final RecordChanges changes;
    private final Clock clock;

    PersonNames(JdbcClient jdbc, SearchTokens searchTokens, RecordChanges changes, Clock clock) {
        this.jdbc = jdbc;
        this.searchTokens = searchTokens;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    void add(long personId, NameType type, String given, String family, HavenPrincipal user) {
        if (type == NameType.LEGAL) {
            throw new IllegalArgumentException("a legal name is changed, not added");
        }
        if (type == NameType.PREFERRED) {
            endCurrent(personId, "PREFERRED", user);
        }
        long id = jdbc.sql("""
                        INSERT INTO person_name (person_id, name_type, given_names, family_name, added_at, added_by)
                        VALUES (:person, :type, :given, :family, :now, :user) RETURNING id
                        """)
                .param("person", personId)
                .param("type", type.name())
                .param("given", given)
                .param("family", family)
                .param("now", Timestamp.from(clock.instant()))
                .param("user", user.userId())
                .query(Long.class)
                .single();
        searchTokens.refresh(personId);
        changes.changed(
                personId,
                "person-name",
                id,
                ChildRecordChanged.Change.NAME_CHANGED,
                type.label() + " added: " + given + " " + family,
                user);
    }

    /** Removes a name that is not the legal name; false when there is no such current name on this record. */
    @Transactional
    boolean remove(long personId, long nameId, HavenPrincipal user) {
        int removed = jdbc.sql("""
                        UPDATE person_name SET removed_at = :now, removed_by = :user
                         WHERE id = :id AND person_id = :person AND removed_at IS NULL AND name_type <> 'LEGAL'
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("user", user.userId())
                .param("id", nameId)
                .param("person", personId)
                .update();
        if (removed == 1) {
            changes.changed(
                    personId,
                    "person-name",
                    nameId,
                    ChildRecordChanged.Change.NAME_CHANGED,
                    "A name was removed (it stays in the record's history)",
                    user);
        }
        return removed == 1;
    }

    private void endCurrent(long personId, String type, HavenPrincipal user) {
        jdbc.sql("""
                        UPDATE person_name SET removed_at = :now, removed_by = :user
                         WHERE person_id = :person AND name_type = :type AND removed_at IS NULL
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("user", user.userId())
                .param("person", personId)
                .param("type", type)
                .update();
    }
}
