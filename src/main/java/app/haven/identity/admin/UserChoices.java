package app.haven.identity.admin;

import app.haven.platform.web.Option;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the user form offers beyond reference data: roles, managers, and whether an e-mail is free. */
@Repository
class UserChoices {

    private final JdbcClient jdbc;

    UserChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Option> roles() {
        return jdbc.sql("SELECT code, name, description FROM role ORDER BY name")
                .query((rs, row) -> new Option(rs.getString("code"), rs.getString("name"), rs.getString("description")))
                .list();
    }

    /**
     * Roles whose record scope is not tied to areas: partnership-wide, or aggregates only (analysts, system
     * administrators). A user holding only these needs no area.
     */
    Set<String> partnershipWideRoles() {
        return Set.copyOf(jdbc.sql("SELECT code FROM role WHERE record_scope IN ('PARTNERSHIP', 'AGGREGATES_ONLY')")
                .query(String.class)
                .list());
    }

    /** Active users who could manage someone, never the person themselves. */
    List<Option> managers(long exceptUserId) {
        return jdbc.sql("""
                        SELECT u.id, u.display_name || ' (' || g.name || ')' AS label
                          FROM user_account u JOIN agency g ON g.id = u.agency_id
                         WHERE u.enabled AND u.id <> :id ORDER BY u.display_name, u.id
                        """)
                .param("id", exceptUserId)
                .query((rs, row) -> new Option(String.valueOf(rs.getLong("id")), rs.getString("label")))
                .list();
    }

    boolean isActiveUser(long id) {
        return jdbc.sql("SELECT count(*) > 0 FROM user_account WHERE id = :id AND enabled")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    /** Addresses are citext, so "Ann@x.org" and "ann@x.org" are the same account. */
    boolean emailTaken(String email, long exceptUserId) {
        return jdbc.sql("SELECT count(*) > 0 FROM user_account WHERE email = CAST(:email AS citext) AND id <> :id")
                .param("email", email)
                .param("id", exceptUserId)
                .query(Boolean.class)
                .single();
    }
}
