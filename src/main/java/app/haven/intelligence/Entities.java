package app.haven.intelligence;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.people.People;
import app.haven.people.PersonKind;
import app.haven.people.PersonSummary;
import app.haven.platform.HavenPrincipal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording entities. A new entity whose normalised key (registration, number, handle, address, person record) is
 * already recorded is refused with the one that exists, so the same car is never two nodes of the network.
 */
@Service
class Entities {

    private final JdbcClient jdbc;
    private final People people;
    private final AuditLog audit;
    private final ManyChildrenAlerts alerts;
    private final Clock clock;

    Entities(JdbcClient jdbc, People people, AuditLog audit, ManyChildrenAlerts alerts, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** The entity already recorded with this key, if any. */
    Optional<Long> existing(NewEntity entity) {
        return jdbc.sql("SELECT id FROM intel_entity WHERE kind = :kind AND match_key = :key")
                .param("kind", entity.kind().name())
                .param("key", entity.matchKey())
                .query(Long.class)
                .optional();
    }

    /** Saves a new entity and returns its id; refuses a duplicate, saving nothing. */
    @Transactional
    long record(NewEntity entity, HavenPrincipal user) {
        Optional<Long> existing = existing(entity);
        if (existing.isPresent() && entity.concernRole().isPresent() && flag(existing.get(), entity, user)) {
            return existing.get();
        }
        existing.ifPresent(id -> {
            throw new DuplicateEntity(id);
        });
        long id;
        try {
            id = insert(entity, user);
        } catch (DuplicateKeyException race) {
            throw new DuplicateEntity(existing(entity).orElseThrow(() -> race));
        }
        audit.record(
                AuditAction.CREATE,
                "intel-entity",
                id,
                entity.child() ? entity.personId() : Optional.empty(),
                Optional.of("recorded " + entity.kind().name().toLowerCase(java.util.Locale.ROOT)));
        return id;
    }

    /** Flags a person already in the network (linked, say, as a child's associate) as a person of concern. */
    private boolean flag(long id, NewEntity entity, HavenPrincipal user) {
        int updated = jdbc.sql("""
                        UPDATE intel_entity SET concern_role = :role, version = version + 1
                         WHERE id = :id AND kind = 'PERSON' AND concern_role IS NULL
                        """)
                .param("role", entity.concernRole().orElseThrow())
                .param("id", id)
                .update();
        if (updated == 0) {
            return false;
        }
        audit.record(
                AuditAction.UPDATE,
                "intel-entity",
                id,
                entity.child() ? entity.personId() : Optional.empty(),
                Optional.of("flagged as a person of concern"));
        alerts.check(id);
        return true;
    }

    /**
     * The entity of a person record, recording it (as a child, or as an adult with no concern flag) when it is not
     * yet in the network: linking a child to a place makes the child a node. The caller has checked the user may
     * see the person. Recorded in the person's own area when the record has one.
     */
    @Transactional
    long ensurePerson(long personId, long fallbackAreaId, HavenPrincipal user) {
        long kept = people.resolve(personId);
        PersonSummary person = people.find(kept).orElseThrow();
        // The person's own area, so the alert tells the right coordinators (a read of the people table, as missing
        // does).
        long area = jdbc.sql("SELECT coalesce(area_id, :fallback) FROM person WHERE id = :id")
                .param("fallback", fallbackAreaId)
                .param("id", kept)
                .query(Long.class)
                .single();
        NewEntity entity =
                NewEntity.person(kept, area, person.name(), person.kind() == PersonKind.CHILD, Optional.empty());
        return existing(entity).orElseGet(() -> record(entity, user));
    }

    private long insert(NewEntity e, HavenPrincipal user) {
        return jdbc.sql("""
                        INSERT INTO intel_entity (kind, area_id, label, match_key, person_id, is_child, concern_role,
                               location_type, address, postcode, latitude, longitude, registration, make, colour,
                               phone_number, platform, handle, description, recorded_by, recorded_at)
                        VALUES (:kind, :area, :label, :key, :person, :child, :role, :locationType, :address, :postcode,
                                :lat, :lon, :registration, :make, :colour, :phone, :platform, :handle, :description,
                                :user, :now)
                        RETURNING id
                        """)
                .param("kind", e.kind().name())
                .param("area", e.areaId())
                .params(e.details())
                .param("person", e.personId().orElse(null))
                .param("child", e.child())
                .param("role", e.concernRole().orElse(null))
                .param("user", user.userId())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
    }
}
