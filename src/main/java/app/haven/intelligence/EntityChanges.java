package app.haven.intelligence;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.intelligence.network.NodeKind;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing an entity's details against the version the user read: a stale save changes nothing, and a change that
 * makes it the same as another record (the same normalised registration, number, handle or address) is refused with
 * that record, as on entry. A person's name stays their record's; only the concern flag, its role and what is known
 * change. The kind and the area an entity was recorded in never change.
 */
@Service
class EntityChanges {

    /** What a person entity's edit may change: the flag's role (empty: no longer of concern) and what is known. */
    record PersonChange(Optional<String> concernRole, Optional<String> description) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ManyChildrenAlerts alerts;

    EntityChanges(JdbcClient jdbc, AuditLog audit, ManyChildrenAlerts alerts) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.alerts = alerts;
    }

    /** The entity's details as its edit form shows them, with the version they were read at. */
    Saved saved(long entityId) {
        return jdbc.sql("SELECT * FROM intel_entity WHERE id = :id")
                .param("id", entityId)
                .query((rs, row) -> new Saved(form(rs), rs.getInt("version")))
                .single();
    }

    /** The saved details and their version. */
    record Saved(EntityForm form, int version) {}

    /** Saves a location's, vehicle's, phone's, account's or operation's details; false when the version is stale. */
    @Transactional
    boolean change(EntityView entity, NewEntity changed, int version) {
        other(entity, changed).ifPresent(other -> {
            throw new DuplicateEntity(other);
        });
        int updated;
        try {
            updated = update(entity.id(), changed, version);
        } catch (DuplicateKeyException race) {
            throw new DuplicateEntity(other(entity, changed).orElseThrow(() -> race));
        }
        if (updated == 0) {
            return false;
        }
        audited(entity, "details changed");
        return true;
    }

    /** Another entity of the same kind with the changed key: the change would make this one its duplicate. */
    private Optional<Long> other(EntityView entity, NewEntity changed) {
        return jdbc.sql("SELECT id FROM intel_entity WHERE kind = :kind AND match_key = :key AND id <> :id")
                .param("kind", entity.kind().name())
                .param("key", changed.matchKey())
                .param("id", entity.id())
                .query(Long.class)
                .optional();
    }

    /** Saves a person's flag and what is known; checks the alert when the flag changed. False when stale. */
    @Transactional
    boolean change(EntityView entity, PersonChange changed, int version) {
        int updated = jdbc.sql("""
                        UPDATE intel_entity SET concern_role = :role, description = :description, version = version + 1
                         WHERE id = :id AND kind = 'PERSON' AND version = :version
                        """)
                .param("role", changed.concernRole().orElse(null))
                .param("description", changed.description().orElse(null))
                .param("id", entity.id())
                .param("version", version)
                .update();
        if (updated == 0) {
            return false;
        }
        audited(
                entity,
                changed.concernRole()
                        .map(r -> "flag set: " + r.toLowerCase(Locale.ROOT))
                        .orElse("not flagged as a person of concern"));
        if (changed.concernRole().isEmpty()) {
            alerts.unflagged(entity.id());
        } else if (entity.concernRole().isEmpty()) {
            alerts.check(entity.id());
        }
        return true;
    }

    private void audited(EntityView entity, String what) {
        audit.record(
                AuditAction.UPDATE,
                "intel-entity",
                entity.id(),
                entity.child() ? entity.personId() : Optional.empty(),
                Optional.of(what));
    }

    private int update(long id, NewEntity e, int version) {
        return jdbc.sql("""
                        UPDATE intel_entity SET label = :label, match_key = :key, location_type = :locationType,
                               address = :address, postcode = :postcode, latitude = :lat, longitude = :lon,
                               registration = :registration, make = :make, colour = :colour, phone_number = :phone,
                               platform = :platform, handle = :handle, description = :description,
                               version = version + 1
                         WHERE id = :id AND kind = :kind AND version = :version
                        """)
                .params(e.details())
                .param("id", id)
                .param("kind", e.kind().name())
                .param("version", version)
                .update();
    }

    private static EntityForm form(ResultSet rs) throws SQLException {
        NodeKind kind = NodeKind.valueOf(rs.getString("kind"));
        String label = rs.getString("label");
        String name = kind == NodeKind.OPERATION && label.startsWith("Operation ") ? label.substring(10) : "";
        return new EntityForm(
                kind.name(),
                text(rs.getObject("person_id")),
                rs.getString("concern_role"),
                rs.getString("location_type"),
                rs.getString("address"),
                rs.getString("postcode"),
                decimal(rs.getBigDecimal("latitude")),
                decimal(rs.getBigDecimal("longitude")),
                rs.getString("registration"),
                rs.getString("make"),
                rs.getString("colour"),
                rs.getString("phone_number"),
                rs.getString("platform"),
                rs.getString("handle"),
                name,
                rs.getString("description"),
                text(rs.getObject("area_id")));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String decimal(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
