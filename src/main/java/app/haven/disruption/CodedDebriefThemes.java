package app.haven.disruption;

import app.haven.platform.DebriefThemes;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The themes coded in debriefs with perpetrators, counted: how many debriefs coded each, most frequent first. */
@Component
class CodedDebriefThemes implements DebriefThemes {

    private final JdbcClient jdbc;

    CodedDebriefThemes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ThemeCount> mostFrequent(int limit) {
        return jdbc.sql("""
                        SELECT t.code, t.label, count(*) AS debriefs FROM disruption_debrief_coded c
                          JOIN disruption_debrief_theme t ON t.code = c.theme_code
                         GROUP BY t.code, t.label, t.position ORDER BY debriefs DESC, t.position LIMIT :limit
                        """)
                .param("limit", Math.max(0, limit))
                .query((rs, row) -> new ThemeCount(rs.getString("code"), rs.getString("label"), rs.getLong("debriefs")))
                .list();
    }
}
