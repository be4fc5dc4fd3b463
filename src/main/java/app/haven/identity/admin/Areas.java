package app.haven.identity.admin;

import app.haven.platform.web.Option;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The partnership's areas. Never deleted: retired, so records made in an area keep their meaning. */
@Repository
class Areas {

    private final JdbcClient jdbc;

    Areas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AreaRow> all() {
        return jdbc.sql("SELECT id, code, name, retired FROM area ORDER BY retired, name")
                .query(AreaRow.class)
                .list();
    }

    Optional<AreaRow> find(long id) {
        return jdbc.sql("SELECT id, code, name, retired FROM area WHERE id = :id")
                .param("id", id)
                .query(AreaRow.class)
                .optional();
    }

    /** Case-insensitive, so "North" and "north" cannot both exist to confuse people choosing one. */
    boolean nameTaken(String name, long exceptId) {
        return jdbc.sql("SELECT count(*) > 0 FROM area WHERE lower(name) = lower(:name) AND id <> :id")
                .param("name", name)
                .param("id", exceptId)
                .query(Boolean.class)
                .single();
    }

    boolean codeTaken(String code) {
        return jdbc.sql("SELECT count(*) > 0 FROM area WHERE code = :code")
                .param("code", code)
                .query(Boolean.class)
                .single();
    }

    long add(String code, String name) {
        return jdbc.sql("INSERT INTO area (code, name) VALUES (:code, :name) RETURNING id")
                .param("code", code)
                .param("name", name)
                .query(Long.class)
                .single();
    }

    void rename(long id, String name) {
        jdbc.sql("UPDATE area SET name = :name WHERE id = :id")
                .param("name", name)
                .param("id", id)
                .update();
    }

    void setRetired(long id, boolean retired) {
        jdbc.sql("UPDATE area SET retired = :retired WHERE id = :id")
                .param("retired", retired)
                .param("id", id)
                .update();
    }

    /** Areas to choose from: the active ones, plus any retired one already chosen so saving keeps it. */
    List<Option> options(java.util.Collection<Long> chosen) {
        return all().stream()
                .filter(area -> !area.retired() || chosen.contains(area.id()))
                .map(area -> new Option(String.valueOf(area.id()), area.name() + (area.retired() ? " (retired)" : "")))
                .toList();
    }
}
