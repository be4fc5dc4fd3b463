package app.haven.people;

import app.haven.platform.HavenPrincipal;
import java.sql.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The people module's face to other modules. It does not check access: callers check
 * {@code ChildAccess.canOpen} and audit the view before showing what they get here.
 */
@Service
public class People {

    private final JdbcClient jdbc;
    private final PersonAccess access;

    People(JdbcClient jdbc, PersonAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /**
     * Whether this user may open this person's record: a child's by record scope, an adult's through their own
     * involvements or a child they are related to (ADR 0009). For modules that link people without opening them.
     */
    public boolean canOpen(HavenPrincipal user, long personId) {
        return access.canOpen(user, resolve(personId));
    }

    /** The record a person id now stands for: itself, or the record it was merged into. */
    public long resolve(long personId) {
        return jdbc.sql("SELECT coalesce(merged_into, id) FROM person WHERE id = :id")
                .param("id", personId)
                .query(Long.class)
                .optional()
                .orElse(personId);
    }

    /**
     * The ids whose history makes up this person's record: the record itself and every record merged into it.
     * Modules that keep per-child history (chronology, screenings) read all of them.
     */
    public List<Long> recordIds(long personId) {
        long kept = resolve(personId);
        return jdbc.sql("SELECT id FROM person WHERE id = :kept OR merged_into = :kept ORDER BY id <> :kept, id")
                .param("kept", kept)
                .query(Long.class)
                .list();
    }

    /** Whether the person's record notes a learning disability (the screening tool never bands such a child Low). */
    public boolean hasLearningDisability(long personId) {
        return jdbc.sql("SELECT learning_disability FROM person WHERE id = :id")
                .param("id", resolve(personId))
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /**
     * Whether the record notes additional needs (a learning disability, special educational needs support or an
     * EHC plan, or a disability): such a child needs a planned hand-over to adult services (transition).
     */
    public boolean hasAdditionalNeeds(long personId) {
        return jdbc.sql("""
                        SELECT learning_disability OR send_status IN ('SEN_SUPPORT', 'EHC_PLAN') OR disability IS NOT NULL
                          FROM person WHERE id = :id
                        """)
                .param("id", resolve(personId))
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** The person's name in use and date of birth, if the record exists. */
    public Optional<PersonSummary> find(long personId) {
        long kept = resolve(personId);
        return jdbc.sql("""
                        SELECT p.id, p.kind, p.date_of_birth, p.date_of_birth_estimated,
                               (SELECT n.given_names || ' ' || n.family_name FROM person_name n
                                 WHERE n.person_id = p.id AND n.removed_at IS NULL AND n.name_type IN ('PREFERRED', 'LEGAL')
                                 ORDER BY n.name_type = 'PREFERRED' DESC, n.id LIMIT 1) AS name
                          FROM person p WHERE p.id = :id
                        """)
                .param("id", kept)
                .query((rs, row) -> {
                    Date dob = rs.getDate("date_of_birth");
                    return new PersonSummary(
                            rs.getLong("id"),
                            PersonKind.valueOf(rs.getString("kind")),
                            Optional.ofNullable(rs.getString("name")).orElse("Name not recorded"),
                            Optional.ofNullable(dob).map(Date::toLocalDate),
                            rs.getBoolean("date_of_birth_estimated"));
                })
                .optional();
    }
}
