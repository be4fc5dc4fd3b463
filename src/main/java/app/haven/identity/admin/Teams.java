package app.haven.identity.admin;

import app.haven.platform.web.Option;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Teams within agencies. Retired, never deleted: users and children's involvement name them. */
@Repository
class Teams {

    private static final String SELECT = """
            SELECT t.id, t.agency_id, g.name AS agency_name, t.name, t.retired
              FROM team t JOIN agency g ON g.id = t.agency_id
            """;

    private final JdbcClient jdbc;

    Teams(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TeamRow> all() {
        return jdbc.sql(SELECT + " ORDER BY g.name, t.retired, t.name")
                .query(TeamRow.class)
                .list();
    }

    Optional<TeamRow> find(long id) {
        return jdbc.sql(SELECT + " WHERE t.id = :id")
                .param("id", id)
                .query(TeamRow.class)
                .optional();
    }

    boolean nameTaken(long agencyId, String name, long exceptId) {
        return jdbc.sql("""
                        SELECT count(*) > 0 FROM team
                         WHERE agency_id = :agency AND lower(name) = lower(:name) AND id <> :id
                        """)
                .param("agency", agencyId)
                .param("name", name)
                .param("id", exceptId)
                .query(Boolean.class)
                .single();
    }

    long add(long agencyId, String name) {
        return jdbc.sql("INSERT INTO team (agency_id, name) VALUES (:agency, :name) RETURNING id")
                .param("agency", agencyId)
                .param("name", name)
                .query(Long.class)
                .single();
    }

    void rename(long id, String name) {
        jdbc.sql("UPDATE team SET name = :name WHERE id = :id")
                .param("name", name)
                .param("id", id)
                .update();
    }

    void setRetired(long id, boolean retired) {
        jdbc.sql("UPDATE team SET retired = :retired WHERE id = :id")
                .param("retired", retired)
                .param("id", id)
                .update();
    }

    /**
     * Teams to choose for a user, labelled with their agency: the page works without JavaScript, so the list
     * cannot narrow itself to the chosen agency, and the server checks the pair instead.
     */
    List<Option> options(Optional<Long> chosen) {
        return all().stream()
                .filter(team -> !team.retired() || chosen.equals(Optional.of(team.id())))
                .map(team -> new Option(String.valueOf(team.id()), team.name() + " (" + team.agencyName() + ")"))
                .toList();
    }
}
