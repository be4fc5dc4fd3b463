package app.haven.identity;

import app.haven.platform.HavenPrincipal;
import app.haven.platform.Remembered;
import app.haven.platform.WordMatch;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who works where, for modules that assign work to people (a case's lead professional, the team around the child,
 * a plan action's owner): the partnership's areas, the areas a user covers, and the enabled colleagues in an area
 * from every agency.
 */
@Service
public class Workforce {

    private final JdbcClient jdbc;
    // Areas change rarely and every register page reads them; an area added since is read at once (below).
    private final Remembered<List<KnownArea>> areas;

    /** An area as remembered, retired or not, so a user's retired area is known and not read again each time. */
    private record KnownArea(Area area, boolean retired) {}

    Workforce(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.areas = new Remembered<>(Duration.ofSeconds(30), this::readAreas);
    }

    /** An area of the partnership. */
    public record Area(long id, String name) {}

    /** A user others may assign work to, with the agency they work for. */
    public record Colleague(long id, String name, long agencyId, String agencyName) {

        /** How a chooser shows them: "Name (Agency)". */
        public String label() {
            return name + " (" + agencyName + ")";
        }
    }

    /** An agency of the partnership. */
    public record Agency(long id, String name) {}

    /** The areas whose children this user's record scope can reach, by name. */
    public List<Area> areasOf(HavenPrincipal principal) {
        HavenUser.Access access = ChildAccess.accessOf(principal);
        List<KnownArea> known = areas.get();
        if (!known.stream().map(k -> k.area().id()).toList().containsAll(access.areaIds())) {
            areas.forget();
            known = areas.get();
        }
        return known.stream()
                .filter(k -> !k.retired())
                .map(KnownArea::area)
                .filter(a -> access.scope() == RecordScope.PARTNERSHIP
                        || access.areaIds().contains(a.id()))
                .toList();
    }

    /** The partnership's areas in use, by name (remembered for up to 30 seconds). */
    public List<Area> areas() {
        return areas.get().stream()
                .filter(k -> !k.retired())
                .map(KnownArea::area)
                .toList();
    }

    private List<KnownArea> readAreas() {
        return jdbc.sql("SELECT id, name, retired FROM area ORDER BY name")
                .query((rs, row) -> new KnownArea(new Area(rs.getLong(1), rs.getString(2)), rs.getBoolean(3)))
                .list();
    }

    public List<Agency> agencies() {
        return jdbc.sql("SELECT id, name FROM agency WHERE NOT retired ORDER BY name")
                .query((rs, row) -> new Agency(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /**
     * Enabled users who work in the area with children's records (a role granting {@code VIEW_CHILD}), from every
     * agency, by agency and name: the people a case may be led by, joined by or assigned to. A system administrator
     * or partnership analyst, who never opens a child's record, is not among them.
     */
    public List<Colleague> colleaguesIn(long areaId) {
        return jdbc.sql("""
                        SELECT u.id, u.display_name, a.id, a.name FROM user_account u JOIN agency a ON a.id = u.agency_id
                         WHERE u.enabled AND EXISTS (SELECT 1 FROM user_area ua WHERE ua.user_id = u.id AND ua.area_id = :area)
                           AND EXISTS (SELECT 1 FROM user_role ur JOIN role_permission rp ON rp.role_code = ur.role_code
                                        WHERE ur.user_id = u.id AND rp.permission_code = 'VIEW_CHILD')
                         ORDER BY a.name, u.display_name
                        """)
                .param("area", areaId)
                .query((rs, row) -> new Colleague(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
                .list();
    }

    /**
     * Users, enabled or not, whose name or email address contains every word typed, by name: for finding a user's
     * entries in the audit log when only their name is known. At most {@code limit}.
     */
    public List<Colleague> usersNamed(String text, int limit) {
        return WordMatch.allWordsIn("u.display_name || ' ' || u.email", text)
                .map(match -> jdbc.sql("SELECT u.id, u.display_name, a.id, a.name FROM user_account u"
                                + " JOIN agency a ON a.id = u.agency_id WHERE true" + match.sql()
                                + " ORDER BY u.display_name, u.id LIMIT :limit")
                        .params(match.parameters())
                        .param("limit", limit)
                        .query((rs, row) ->
                                new Colleague(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
                        .list())
                .orElse(List.of());
    }

    public Optional<Colleague> find(long userId) {
        return jdbc.sql("""
                        SELECT u.id, u.display_name, a.id, a.name FROM user_account u JOIN agency a ON a.id = u.agency_id
                         WHERE u.id = :id
                        """)
                .param("id", userId)
                .query((rs, row) -> new Colleague(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
                .optional();
    }

    /** The user's line manager, if they have one. */
    public Optional<Long> managerOf(long userId) {
        return jdbc.sql("SELECT manager_id FROM user_account WHERE id = :id AND manager_id IS NOT NULL")
                .param("id", userId)
                .query(Long.class)
                .optional();
    }

    /** The user's team, if they belong to one. */
    public Optional<Long> teamOf(long userId) {
        return jdbc.sql("SELECT team_id FROM user_account WHERE id = :id AND team_id IS NOT NULL")
                .param("id", userId)
                .query(Long.class)
                .optional();
    }
}
