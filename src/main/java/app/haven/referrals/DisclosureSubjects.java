package app.haven.referrals;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.people.People;
import app.haven.platform.HavenPrincipal;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Naming the person record a disclosure is about, beside the description typed when it was recorded: the record the
 * intelligence module can then use. Only a record the user may open, only on the version the user read.
 */
@Service
class DisclosureSubjects {

    private final JdbcClient jdbc;
    private final People people;
    private final AuditLog audit;

    DisclosureSubjects(JdbcClient jdbc, People people, AuditLog audit) {
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
    }

    /** Names the record; false (nothing changed) when someone changed the disclosure since it was read. */
    @Transactional
    boolean name(DisclosureView disclosure, int version, long personId, HavenPrincipal user) {
        long person = people.resolve(personId);
        int updated = jdbc.sql("""
                        UPDATE disclosure SET about_person_id = :person, version = version + 1
                         WHERE id = :id AND version = :version
                        """)
                .param("person", person)
                .param("id", disclosure.id())
                .param("version", version)
                .update();
        if (updated != 1) {
            return false;
        }
        audit.record(
                AuditAction.UPDATE,
                "disclosure",
                disclosure.id(),
                Optional.of(disclosure.childId()),
                Optional.of("person record named"));
        return true;
    }
}
