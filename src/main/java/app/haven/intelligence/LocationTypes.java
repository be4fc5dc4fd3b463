package app.haven.intelligence;

import app.haven.platform.web.Option;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The kinds of place, from the partnership's catalogue (data an administrator changes). */
@Component
class LocationTypes {

    private final JdbcClient jdbc;

    LocationTypes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Option> current() {
        return jdbc.sql("SELECT code, label FROM intel_location_type WHERE NOT retired ORDER BY position")
                .query((rs, row) -> new Option(rs.getString(1), rs.getString(2)))
                .list();
    }
}
