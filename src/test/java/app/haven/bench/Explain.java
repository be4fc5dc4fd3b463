package app.haven.bench;

import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** How PostgreSQL runs one of Haven's queries on a benchmark's data: the plan, its buffers and its time, printed. */
public final class Explain {

    private Explain() {}

    public static void print(DataSource superuser, String title, String sql, Map<String, ?> parameters) {
        Report.line("EXPLAIN " + title + ":");
        JdbcClient.create(superuser)
                .sql("EXPLAIN (ANALYZE, BUFFERS) " + sql)
                .params(parameters)
                .query(String.class)
                .list()
                .forEach(line -> Report.line("  " + line));
    }
}
