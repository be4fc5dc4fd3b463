package app.haven.disruption;

import app.haven.identity.ChildAccess;
import app.haven.identity.SqlCondition;
import app.haven.intelligence.IntelligenceEntities;
import app.haven.people.People;
import app.haven.people.PersonSummary;
import app.haven.platform.HavenPrincipal;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Need-to-know for a measure or a prosecution, inside the query: its subject is one the user may see (intelligence's
 * rule) and every child linked to it (the children a measure protects, a prosecution's victims) is one the user may
 * open, as intelligence sees a report. Also what both read besides: whether a record exists, and a child's name.
 */
@Component
class DisruptionScope {

    private final JdbcClient jdbc;
    private final IntelligenceEntities entities;
    private final ChildAccess access;
    private final People people;

    DisruptionScope(JdbcClient jdbc, IntelligenceEntities entities, ChildAccess access, People people) {
        this.jdbc = jdbc;
        this.entities = entities;
        this.access = access;
        this.people = people;
    }

    /**
     * The condition that a record is visible: its {@code subjectColumn} seen, and no row of {@code linkedChildren}
     * (the table and condition that select its linked children, e.g. {@code disruption_victim v WHERE
     * v.prosecution_id = p.id}) naming in {@code childColumn} a child the user may not open.
     */
    SqlCondition visible(HavenPrincipal user, String subjectColumn, String linkedChildren, String childColumn) {
        SqlCondition subject = entities.visibleEntity(user, subjectColumn);
        SqlCondition child = access.visibleChildren(user, childColumn);
        Map<String, Object> parameters = new HashMap<>(subject.parameters());
        parameters.putAll(child.parameters());
        return new SqlCondition(
                "(" + subject.sql() + " AND NOT EXISTS (SELECT 1 FROM " + linkedChildren + " AND NOT " + child.sql()
                        + "))",
                parameters);
    }

    /** Whether the table (one of the module's own, named by the caller) has a row with this id. */
    boolean exists(String table, long id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM " + table + " WHERE id = :id)")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    /** A child's name as the pages show it, or their reference when the record is gone. */
    String childName(long id) {
        return people.find(id).map(PersonSummary::name).orElse("P-" + id);
    }
}
