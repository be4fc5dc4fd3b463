package app.haven.intelligence;

import app.haven.identity.SqlCondition;
import app.haven.intelligence.network.NodeKind;
import app.haven.platform.HavenPrincipal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask of the network's entities (persons of concern, locations, operations) under intelligence's
 * need-to-know (ADR 0014): one entity the user may see, and the same rule as SQL to put inside their own queries, as
 * {@code identity.ChildAccess} gives children. The entity table itself stays intelligence's own.
 */
@Service
public class IntelligenceEntities {

    private static final Pattern COLUMN = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");

    private final EntityQueries entities;
    private final IntelligenceScope scope;

    IntelligenceEntities(EntityQueries entities, IntelligenceScope scope) {
        this.entities = entities;
        this.scope = scope;
    }

    /** The entity, if it exists and the user may see it. */
    public Optional<EntityView> visible(long entityId, HavenPrincipal user) {
        return entities.visible(entityId, user);
    }

    /** The persons of concern the user may see, newest first, at most 50. */
    public List<EntityView> personsOfConcern(HavenPrincipal user) {
        return entities.list(Optional.of(NodeKind.PERSON), "", user).stream()
                .filter(EntityView::personOfConcern)
                .toList();
    }

    /** The locations the user may see, newest first, at most 50. */
    public List<EntityView> locations(HavenPrincipal user) {
        return entities.list(Optional.of(NodeKind.LOCATION), "", user);
    }

    /** Whether an entity with this id exists at all (so a page can tell "not found" from "not yours"). */
    public boolean exists(long entityId) {
        return entities.exists(entityId);
    }

    /**
     * The condition that the entity whose id is in this column (e.g. {@code m.subject_entity_id}) is one the user may
     * see. Parameter names start with {@code scope_} or {@code intel_}.
     */
    public SqlCondition visibleEntity(HavenPrincipal user, String entityIdColumn) {
        if (!COLUMN.matcher(entityIdColumn).matches()) {
            throw new IllegalArgumentException("not a column name: " + entityIdColumn);
        }
        SqlCondition seen = scope.entities(user, "seen_e");
        return new SqlCondition(
                "EXISTS (SELECT 1 FROM intel_entity seen_e WHERE seen_e.id = " + entityIdColumn + " AND " + seen.sql()
                        + ")",
                seen.parameters());
    }

    /**
     * What another module's page, read by people of every agency, may show of an entity: the condition of
     * {@link #visibleEntity} for users whose role may see intelligence ({@code VIEW_INTELLIGENCE}: police, analysts and
     * CSE coordinators, ADR 0014), and nothing ({@code false}) for everyone else.
     */
    public SqlCondition visibleToReader(HavenPrincipal user, String entityIdColumn) {
        if (!IntelligenceScope.may(user, "VIEW_INTELLIGENCE")) {
            return new SqlCondition("false", java.util.Map.of());
        }
        return visibleEntity(user, entityIdColumn);
    }

    /** The entity, if the user's role may see intelligence and the entity is in their scope. */
    public Optional<EntityView> visibleToReader(long entityId, HavenPrincipal user) {
        return IntelligenceScope.may(user, "VIEW_INTELLIGENCE") ? visible(entityId, user) : Optional.empty();
    }

    /** The label an entity is shown by (a person's name in use), for rows already checked as visible. */
    public String labelSql(String entityIdColumn) {
        if (!COLUMN.matcher(entityIdColumn).matches()) {
            throw new IllegalArgumentException("not a column name: " + entityIdColumn);
        }
        return "(SELECT " + EntityQueries.LABEL + " FROM intel_entity e WHERE e.id = " + entityIdColumn + ")";
    }
}
