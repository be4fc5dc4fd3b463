package app.haven.people;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The first demo practitioner of each area, who records that area's demo people. */
record DemoWorker(long userId, String name, long agencyId, Long teamId, long areaId) {

    static List<DemoWorker> practitioners(JdbcClient jdbc) {
        return jdbc.sql("""
                        SELECT u.id, u.display_name, u.agency_id, u.team_id, ua.area_id
                          FROM user_account u JOIN user_area ua ON ua.user_id = u.id
                         WHERE u.email LIKE 'practitioner.%' AND u.email NOT LIKE 'practitioner.%.%@%'
                         ORDER BY ua.area_id
                        """)
                .query((rs, row) -> new DemoWorker(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        (Long) rs.getObject(4, Long.class),
                        rs.getLong(5)))
                .list();
    }
}
