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

    Optional<HavenUser> findForSignIn(String email) {
        return find("u.email = CAST(:email AS citext)", "email", email);
    }

    /** The account with this id as it would sign in now (roles, permissions and areas read afresh). */
    Optional<HavenUser> findById(long userId) {
        return find("u.id = :id", "id", userId);
    }

    private Optional<HavenUser> find(String condition, String name, Object value) {
        List<HavenUser> found = jdbc.sql("""
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
                         WHERE """ + " " + condition)
                .param(name, value)
                .query((rs, row) -> new HavenUser(
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
