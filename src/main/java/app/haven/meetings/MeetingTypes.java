package app.haven.meetings;

import app.haven.platform.web.Option;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The kinds of meeting (table {@code meeting_type}, data an administrator changes). */
@Service
class MeetingTypes {

    record Type(String code, String label, boolean forChild) {}

    private final JdbcClient jdbc;

    MeetingTypes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Type> all() {
        return jdbc.sql("SELECT code, label, for_child FROM meeting_type WHERE NOT retired ORDER BY position")
                .query((rs, row) -> new Type(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .list();
    }

    Optional<Type> find(String code) {
        return all().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    List<Option> options() {
        return all().stream()
                .map(t -> t.forChild()
                        ? new Option(t.code(), t.label(), "Give the child's record number below")
                        : new Option(t.code(), t.label()))
                .toList();
    }
}
