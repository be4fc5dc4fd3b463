package app.haven.identity;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes user accounts with plain SQL. */
@Repository
class UserAccounts {

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Everything a signed-in user carries: the account, its roles, permissions, scope and areas. */
    private static final String SELECT_USER = """
                        SELECT u.id, u.email, u.display_name, u.agency_id, a.name AS agency_name, u.team_id,
                               u.enabled, u.password_hash,
                               array(SELECT ur.role_code FROM user_role ur WHERE ur.user_id = u.id
                                      ORDER BY ur.role_code) AS roles,
                               array(SELECT DISTINCT rp.permission_code FROM user_role ur
                                       JOIN role_permission rp ON rp.role_code = ur.role_code
                                      WHERE ur.user_id = u.id ORDER BY 1) AS permissions,
                               array(SELECT DISTINCT r.record_scope FROM user_role ur JOIN role r ON r.code = ur.role_code
                                      WHERE ur.user_id = u.id) AS scopes,
                               array(SELECT ua.area_id FROM user_area ua JOIN area ar ON ar.id = ua.area_id
                                      WHERE ua.user_id = u.id AND NOT ar.retired ORDER BY 1) AS areas
                          FROM user_account u
                          JOIN agency a ON a.id = u.agency_id
                        """;

    Optional<HavenUser> findForSignIn(String email) {
        return find(jdbc.sql(SELECT_USER + " WHERE u.email = CAST(:email AS citext)")
                .param("email", email));
    }

    /** The account as it is now, to refresh a signed-in user's access (no password hash kept). */
    Optional<HavenUser> findById(long userId) {
        Optional<HavenUser> user =
                find(jdbc.sql(SELECT_USER + " WHERE u.id = :id").param("id", userId));
        user.ifPresent(HavenUser::eraseCredentials);
        return user;
    }

    /**
     * The account's version, which every administrator's edit moves on (roles, areas, agency, team, enabling),
     * or empty when the account is gone or disabled.
     */
    Optional<Integer> enabledVersion(long userId) {
        return jdbc.sql("SELECT version FROM user_account WHERE id = :id AND enabled")
                .param("id", userId)
                .query(Integer.class)
                .optional();
    }

    private Optional<HavenUser> find(JdbcClient.StatementSpec query) {
        List<HavenUser> found = query.query((rs, row) -> new HavenUser(
                        new HavenUser.Account(
                                rs.getLong("id"),
                                rs.getString("email"),
                                rs.getString("display_name"),
                                rs.getLong("agency_id"),
                                rs.getString("agency_name"),
                                (Long) rs.getObject("team_id")),
                        new HavenUser.Access(
                                strings(rs.getArray("roles")),
                                strings(rs.getArray("permissions")),
                                RecordScope.widest(strings(rs.getArray("scopes"))),
                                longs(rs.getArray("areas"))),
                        rs.getBoolean("enabled"),
                        rs.getString("password_hash")))
                .list();
        return found.stream().findFirst();
    }

    private static Set<String> strings(Array array) throws SQLException {
        return Set.of((String[]) array.getArray());
    }

    private static Set<Long> longs(Array array) throws SQLException {
        return Set.of((Long[]) array.getArray());
    }

    void recordSignIn(long userId, Instant when) {
        jdbc.sql("UPDATE user_account SET last_sign_in_at = :when WHERE id = :id")
                .param("when", java.sql.Timestamp.from(when))
                .param("id", userId)
                .update();
    }
}
