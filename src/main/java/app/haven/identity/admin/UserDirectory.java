package app.haven.identity.admin;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Finds user accounts for the administration pages: the searchable list and one account in full. */
@Repository
class UserDirectory {

    static final int PAGE_SIZE = 25;

    /** Haven serves one English partnership, so times read as UK local time. */
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm").withZone(ZoneId.of("Europe/London"));

    private static final String FILTER = """
             FROM user_account u JOIN agency g ON g.id = u.agency_id
            WHERE (:text = '' OR u.display_name ILIKE :pattern OR u.email::text ILIKE :pattern)
              AND (:agency = 0 OR u.agency_id = :agency)
              AND (:status = '' OR u.enabled = (:status = 'active'))
            """;

    private final JdbcClient jdbc;

    UserDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Found(List<UserSummary> users, int total) {}

    Found search(UserSearch search) {
        int total = filtered("SELECT count(*)" + FILTER, search)
                .query(Integer.class)
                .single();
        List<UserSummary> users = filtered(
                        """
                        SELECT u.id, u.display_name, u.email, g.name AS agency_name, u.enabled, u.last_sign_in_at,
                               (SELECT t.name FROM team t WHERE t.id = u.team_id) AS team_name,
                               array(SELECT r.name FROM user_role ur JOIN role r ON r.code = ur.role_code
                                      WHERE ur.user_id = u.id ORDER BY r.name) AS role_names
                        """ + FILTER + " ORDER BY u.display_name, u.id LIMIT :limit OFFSET :offset", search)
                .param("limit", PAGE_SIZE)
                .param("offset", (search.pageNumber() - 1) * PAGE_SIZE)
                .query((rs, row) -> new UserSummary(
                        rs.getLong("id"),
                        rs.getString("display_name"),
                        rs.getString("email"),
                        rs.getString("agency_name"),
                        rs.getString("team_name"),
                        strings(rs.getArray("role_names")),
                        rs.getBoolean("enabled"),
                        when(rs.getTimestamp("last_sign_in_at"), "Never")))
                .list();
        return new Found(users, total);
    }

    private JdbcClient.StatementSpec filtered(String sql, UserSearch search) {
        String text = search.text();
        // Escape LIKE's wildcards so a search for "50%" finds that text, not everything.
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return jdbc.sql(sql)
                .param("text", text)
                .param("pattern", "%" + escaped + "%")
                .param("agency", search.agencyId().orElse(0L))
                .param("status", search.statusFilter());
    }

    Optional<UserView> find(long id) {
        return jdbc.sql("""
                        SELECT u.id, u.display_name, u.email, u.agency_id, g.name AS agency_name, u.team_id,
                               t.name AS team_name, u.manager_id, m.display_name AS manager_name, u.enabled,
                               u.created_at, u.last_sign_in_at, u.version,
                               array(SELECT a.id FROM user_area ua JOIN area a ON a.id = ua.area_id
                                      WHERE ua.user_id = u.id ORDER BY a.name) AS area_ids,
                               array(SELECT a.name FROM user_area ua JOIN area a ON a.id = ua.area_id
                                      WHERE ua.user_id = u.id ORDER BY a.name) AS area_names,
                               array(SELECT r.code FROM user_role ur JOIN role r ON r.code = ur.role_code
                                      WHERE ur.user_id = u.id ORDER BY r.name) AS role_codes,
                               array(SELECT r.name FROM user_role ur JOIN role r ON r.code = ur.role_code
                                      WHERE ur.user_id = u.id ORDER BY r.name) AS role_names
                          FROM user_account u
                          JOIN agency g ON g.id = u.agency_id
                          LEFT JOIN team t ON t.id = u.team_id
                          LEFT JOIN user_account m ON m.id = u.manager_id
                         WHERE u.id = :id
                        """).param("id", id).query(UserDirectory::view).optional();
    }

    private static UserView view(ResultSet rs, int row) throws SQLException {
        return new UserView(
                rs.getLong("id"),
                rs.getString("display_name"),
                rs.getString("email"),
                rs.getLong("agency_id"),
                rs.getString("agency_name"),
                Optional.ofNullable((Long) rs.getObject("team_id")),
                Optional.ofNullable(rs.getString("team_name")),
                Arrays.asList((Long[]) rs.getArray("area_ids").getArray()),
                strings(rs.getArray("area_names")),
                strings(rs.getArray("role_codes")),
                strings(rs.getArray("role_names")),
                Optional.ofNullable((Long) rs.getObject("manager_id")),
                Optional.ofNullable(rs.getString("manager_name")),
                rs.getBoolean("enabled"),
                when(rs.getTimestamp("created_at"), ""),
                when(rs.getTimestamp("last_sign_in_at"), "Never"),
                rs.getInt("version"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static String when(Timestamp at, String otherwise) {
        return at == null ? otherwise : WHEN.format(at.toInstant());
    }
}
