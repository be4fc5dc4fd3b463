package app.haven.identity;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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
        List<HavenUser> found = jdbc.sql("""
                        SELECT u.id, u.email, u.display_name, u.agency_id, a.name AS agency_name, u.enabled, u.password_hash,
                               coalesce(array_agg(r.role_code ORDER BY r.role_code)
                                        FILTER (WHERE r.role_code IS NOT NULL), '{}') AS roles
                          FROM user_account u
                          JOIN agency a ON a.id = u.agency_id
                          LEFT JOIN user_role r ON r.user_id = u.id
                         WHERE u.email = CAST(:email AS citext)
                         GROUP BY u.id, a.name
                        """)
                .param("email", email)
                .query((rs, row) -> new HavenUser(
                        rs.getLong("id"),
                        rs.getString("email"),
                        rs.getString("display_name"),
                        rs.getLong("agency_id"),
                        rs.getString("agency_name"),
                        new HashSet<>(List.of((String[]) rs.getArray("roles").getArray())),
                        rs.getBoolean("enabled"),
                        rs.getString("password_hash")))
                .list();
        return found.stream().findFirst();
    }

    void recordSignIn(long userId, Instant when) {
        jdbc.sql("UPDATE user_account SET last_sign_in_at = :when WHERE id = :id")
                .param("when", java.sql.Timestamp.from(when))
                .param("id", userId)
                .update();
    }
}
