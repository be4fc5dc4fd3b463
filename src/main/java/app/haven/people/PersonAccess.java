package app.haven.people;

import app.haven.identity.ChildAccess;
import app.haven.identity.SqlCondition;
import app.haven.platform.HavenPrincipal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may open a person's record. A child's record follows the user's record scope ({@link ChildAccess}). An
 * adult's record is open to those the adult's own involvements reach and to those who may open the record of a
 * child the adult is related to: a parent's or a person of concern's details matter only through a child. Only a
 * relationship made in scope counts: one recorded by someone who could open both records without break-glass, so
 * that a link made during break-glass cannot keep an adult open after the grant expires (ADR 0009).
 */
@Component
class PersonAccess {

    private final JdbcClient jdbc;
    private final ChildAccess childAccess;

    PersonAccess(JdbcClient jdbc, ChildAccess childAccess) {
        this.jdbc = jdbc;
        this.childAccess = childAccess;
    }

    boolean canOpen(HavenPrincipal user, long personId) {
        return visible(user, Set.of(personId)).contains(personId);
    }

    /** Whether the user may open this person's record by their own scope, without any break-glass grant. */
    boolean opensWithoutBreakGlass(HavenPrincipal user, long personId) {
        return matching(user, java.util.List.of(personId), false).contains(personId);
    }

    /** The condition that the person id in {@code column} (e.g. {@code p.id}) is one the user may open. */
    Condition condition(HavenPrincipal user, String column) {
        return condition(user, column, true);
    }

    private Condition condition(HavenPrincipal user, String column, boolean withGrants) {
        SqlCondition own = withGrants
                ? childAccess.visibleChildren(user, column)
                : childAccess.visibleWithoutBreakGlass(user, column);
        SqlCondition related = withGrants
                ? childAccess.visibleChildren(user, "rel.other_id")
                : childAccess.visibleWithoutBreakGlass(user, "rel.other_id");
        Map<String, Object> params = new HashMap<>(own.parameters());
        params.putAll(related.parameters());
        String sql = "(" + own.sql() + " OR (EXISTS (SELECT 1 FROM person adult WHERE adult.id = " + column
                + " AND adult.kind = 'ADULT') AND EXISTS (SELECT 1 FROM ("
                + "SELECT CASE WHEN r.person_id = " + column + " THEN r.related_person_id ELSE r.person_id END"
                + " AS other_id FROM person_relationship r WHERE r.ended_at IS NULL AND r.made_in_scope"
                + " AND (r.person_id = " + column + " OR r.related_person_id = " + column + ")) rel"
                + " JOIN person other ON other.id = rel.other_id AND other.kind = 'CHILD' WHERE " + related.sql()
                + ")))";
        return new Condition(sql, params);
    }

    /** SQL for a WHERE clause or a select list, with its named parameters. */
    record Condition(String sql, Map<String, Object> params) {}

    /** Which of these person ids the user may open; one query whatever the number. */
    Set<Long> visible(HavenPrincipal user, Collection<Long> personIds) {
        return matching(user, personIds, true);
    }

    private Set<Long> matching(HavenPrincipal user, Collection<Long> personIds, boolean withGrants) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        Condition condition = condition(user, "candidate.person_id", withGrants);
        Map<String, Object> params = new HashMap<>(condition.params());
        params.put("ids", "{" + personIds.stream().map(String::valueOf).collect(Collectors.joining(",")) + "}");
        String sql = "SELECT candidate.person_id FROM unnest(:ids::bigint[]) AS candidate(person_id) WHERE "
                + condition.sql();
        return new HashSet<>(jdbc.sql(sql).params(params).query(Long.class).list());
    }
}
