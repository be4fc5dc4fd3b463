package app.haven.people;

import app.haven.platform.web.Option;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The partnership's areas, for "where do they live" questions. */
@Component
class AreaOptions {

    private final JdbcClient jdbc;

    AreaOptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Option> options() {
        List<Option> options = new ArrayList<>(List.of(new Option("", "Not known")));
        options.addAll(jdbc.sql("SELECT id, name FROM area WHERE NOT retired ORDER BY name")
                .query((rs, row) -> new Option(String.valueOf(rs.getLong(1)), rs.getString(2)))
                .list());
        return options;
    }

    String name(String areaId) {
        if (!areaId.matches("\\d{1,12}")) {
            return "Not known";
        }
        return jdbc.sql("SELECT name FROM area WHERE id = :id")
                .param("id", Long.parseLong(areaId))
                .query(String.class)
                .optional()
                .orElse("Not known");
    }
}
