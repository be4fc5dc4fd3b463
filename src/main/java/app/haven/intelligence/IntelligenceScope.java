package app.haven.intelligence;

import app.haven.identity.ChildAccess;
import app.haven.identity.SqlCondition;
import app.haven.identity.Workforce;
import app.haven.platform.HavenPrincipal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Which entities a user may see, as SQL each query puts inside itself: a child only if the user may open the child's
 * record ({@link ChildAccess}); anything else if it was recorded in one of the user's areas or, for the police, in any
 * area of their force ("police see their force", domain reference section 8), so an analyst can link a child in their
 * area to a person of concern recorded in another. A link is seen when both its ends are; a report when it was
 * recorded in those areas and every child it is about is seen.
 */
@Component
class IntelligenceScope {

    static final String CLEARED = "READ_CONDITIONAL_INTELLIGENCE";

    private static final Pattern ALIAS = Pattern.compile("[a-z_][a-z0-9_]*");

    private final ChildAccess children;
    private final Workforce workforce;
    private final JdbcClient jdbc;

    IntelligenceScope(ChildAccess children, Workforce workforce, JdbcClient jdbc) {
        this.children = children;
        this.workforce = workforce;
        this.jdbc = jdbc;
    }

    /** The condition that entity row {@code alias} (columns is_child, person_id, area_id) is visible. */
    SqlCondition entities(HavenPrincipal user, String alias) {
        if (!ALIAS.matcher(alias).matches()) {
            throw new IllegalArgumentException("not an alias: " + alias);
        }
        SqlCondition child = children.visibleChildren(user, alias + ".person_id");
        Map<String, Object> parameters = new HashMap<>(child.parameters());
        List<Long> areas = areaIds(user);
        parameters.put("intel_areas", areas.isEmpty() ? List.of(-1L) : areas);
        String sql = "(CASE WHEN " + alias + ".is_child THEN " + child.sql() + " ELSE " + alias
                + ".area_id IN (:intel_areas) END)";
        return new SqlCondition(sql, parameters);
    }

    /** The condition that report row {@code alias} is visible: in the user's areas, every child it is about seen. */
    SqlCondition reports(HavenPrincipal user, String alias) {
        SqlCondition entity = entities(user, "re_e");
        String sql = "(" + alias + ".area_id IN (:intel_areas) AND NOT EXISTS (SELECT 1 FROM intel_report_entity re"
                + " JOIN intel_entity re_e ON re_e.id = re.entity_id WHERE re.report_id = " + alias
                + ".id AND re_e.is_child AND NOT " + entity.sql() + "))";
        return new SqlCondition(sql, entity.parameters());
    }

    /** The user's own areas first, then the other areas of their police force, if they are police. */
    List<Long> areaIds(HavenPrincipal user) {
        List<Long> own =
                workforce.areasOf(user).stream().map(Workforce.Area::id).toList();
        if (own.isEmpty()) {
            return own;
        }
        List<Long> force =
                jdbc.sql("""
                        SELECT aa.area_id FROM agency_area aa JOIN agency ag ON ag.id = aa.agency_id
                         WHERE aa.agency_id = :agency AND ag.kind = 'POLICE' ORDER BY aa.area_id
                        """).param("agency", user.agencyId()).query(Long.class).list();
        return java.util.stream.Stream.concat(own.stream(), force.stream())
                .distinct()
                .toList();
    }

    Set<Long> areaSet(HavenPrincipal user) {
        return Set.copyOf(areaIds(user));
    }

    /** Whether the user may read the text of conditional (handling code C) intelligence. */
    static boolean cleared(HavenPrincipal user) {
        return may(user, CLEARED);
    }

    static boolean may(HavenPrincipal user, String permission) {
        return user instanceof UserDetails details
                && details.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals(permission));
    }
}
