package app.haven.identity;

import app.haven.platform.HavenPrincipal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who may open which child's record. A user's record scope (from their roles) reaches the children they work
 * with, their team's, their agency's within their areas, their areas', or the whole partnership; partnership
 * analysts reach none. A live break-glass grant opens one more child. The rule is SQL that other modules put
 * into their own queries, so no list is ever fetched and then filtered.
 */
@Service
public class ChildAccess {

    private static final Pattern COLUMN = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");

    private final JdbcClient jdbc;
    private final Clock clock;

    ChildAccess(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The condition that a child id (a column or expression such as {@code c.id}) is one this user may open.
     * Parameter names start with {@code scope_}.
     */
    public SqlCondition visibleChildren(HavenPrincipal principal, String childIdColumn) {
        return visible(principal, childIdColumn, true);
    }

    /**
     * As {@link #visibleChildren}, but by the user's own record scope alone, ignoring break-glass grants: what the
     * user may open without having broken the glass. What is made under break-glass must not open anything later.
     */
    public SqlCondition visibleWithoutBreakGlass(HavenPrincipal principal, String childIdColumn) {
        return visible(principal, childIdColumn, false);
    }

    private SqlCondition visible(HavenPrincipal principal, String childIdColumn, boolean withGrants) {
        if (!COLUMN.matcher(childIdColumn).matches()) {
            throw new IllegalArgumentException("not a column name: " + childIdColumn);
        }
        HavenUser.Access access = accessOf(principal);
        return switch (access.scope()) {
            case AGGREGATES_ONLY -> SqlCondition.always(false);
            case PARTNERSHIP -> SqlCondition.always(true);
            default -> involvementOrGrant(principal, access, childIdColumn, withGrants);
        };
    }

    /**
     * Whether this user may open the record of every child with a current involvement in each of these areas: with
     * partnership scope always, with area scope when the areas are their own, otherwise never. A query over records
     * that always keep an involvement in their own area may then test the area instead of each record.
     */
    public boolean seesEveryChildIn(HavenPrincipal principal, Collection<Long> areaIds) {
        HavenUser.Access access = accessOf(principal);
        return switch (access.scope()) {
            case PARTNERSHIP -> true;
            case AREA -> access.areaIds().containsAll(areaIds);
            default -> false;
        };
    }

    /** Whether this user may open this child's record now. */
    public boolean canOpen(HavenPrincipal principal, long childId) {
        SqlCondition condition = visibleChildren(principal, "candidate.child_id");
        return jdbc.sql("SELECT count(*) FROM (SELECT CAST(:child AS bigint) AS child_id) candidate WHERE "
                                + condition.sql())
                        .params(condition.parameters())
                        .param("child", childId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Whether an agency works with this person in one of the user's areas now. Oversight that needs no record scope
     * (an administrator checking who has seen a record) is still limited to the user's own areas.
     */
    public boolean knownInAreasOf(HavenPrincipal principal, long personId) {
        HavenUser.Access access = accessOf(principal);
        if (access.areaIds().isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM child_involvement ci WHERE ci.child_id = :person
                                          AND ci.ended_at IS NULL AND ci.area_id IN (:areas))
                        """)
                .param("person", personId)
                .param("areas", List.copyOf(access.areaIds()))
                .query(Boolean.class)
                .single();
    }

    /**
     * What a user outside the record's scope may learn: that the child is known, and to which agencies and
     * teams, so they know whom to contact.
     */
    public List<KnownTo> knownTo(long childId) {
        return jdbc.sql("""
                        SELECT DISTINCT a.name AS agency, t.name AS team, ar.name AS area
                          FROM child_involvement ci
                          JOIN agency a ON a.id = ci.agency_id
                          JOIN area ar ON ar.id = ci.area_id
                          LEFT JOIN team t ON t.id = ci.team_id
                         WHERE ci.child_id = :child AND ci.ended_at IS NULL
                         ORDER BY 1, 2
                        """)
                .param("child", childId)
                .query((rs, row) -> new KnownTo(rs.getString("agency"), rs.getString("team"), rs.getString("area")))
                .list();
    }

    /** An agency (and perhaps a team) that works with a child; {@code team} may be null. */
    public record KnownTo(String agency, String team, String area) {}

    private SqlCondition involvementOrGrant(
            HavenPrincipal principal, HavenUser.Access access, String column, boolean withGrants) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("scope_user", principal.userId());
        parameters.put("scope_now", Timestamp.from(clock.instant()));
        List<String> reaches = new ArrayList<>(List.of("ci.user_id = :scope_user"));
        RecordScope scope = access.scope();
        Long team = principal instanceof HavenUser user ? user.account().teamId() : null;
        if (!access.areaIds().isEmpty()) {
            parameters.put("scope_areas", List.copyOf(access.areaIds()));
        }
        // A team's reach stops at the user's own areas: a force-wide police team spans every area, and its members
        // must not open children known only to colleagues elsewhere (ADR 0009).
        if (scope.compareTo(RecordScope.TEAM) >= 0
                && team != null
                && !access.areaIds().isEmpty()) {
            reaches.add("(ci.team_id = :scope_team AND ci.area_id IN (:scope_areas))");
            parameters.put("scope_team", team);
        }
        if (scope.compareTo(RecordScope.AGENCY) >= 0 && !access.areaIds().isEmpty()) {
            if (scope == RecordScope.AGENCY) {
                reaches.add("(ci.agency_id = :scope_agency AND ci.area_id IN (:scope_areas))");
                parameters.put("scope_agency", principal.agencyId());
            } else {
                reaches.add("ci.area_id IN (:scope_areas)");
            }
        }
        String sql = "(EXISTS (SELECT 1 FROM child_involvement ci WHERE ci.child_id = " + column
                + " AND ci.ended_at IS NULL AND (ci.access_until IS NULL OR ci.access_until > :scope_now)"
                + " AND (" + String.join(" OR ", reaches) + "))"
                + (withGrants
                        ? " OR EXISTS (SELECT 1 FROM break_glass_grant g WHERE g.child_id = " + column
                                + " AND g.user_id = :scope_user AND g.expires_at > :scope_now)"
                        : "")
                + ")";
        return new SqlCondition(sql, parameters);
    }

    static HavenUser.Access accessOf(HavenPrincipal principal) {
        if (principal instanceof HavenUser user) {
            return user.access();
        }
        throw new IllegalArgumentException(
                "not a Haven user: " + principal.getClass().getName());
    }
}
