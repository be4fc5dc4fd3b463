package app.haven.missing;

import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a large result ten thousand rows at a time: PostgreSQL's driver uses a cursor only inside a transaction with a
 * fetch size, so an export of hundreds of thousands of episodes keeps memory flat (a batch of return rows is a few
 * megabytes). A thousand at a time made a year's return 280 round trips per pass, each waiting for both processes to
 * be scheduled on a busy machine. On the benchmark's data (a loaded machine) each export with ten thousand beat the one
 * with a thousand just before it, three times in three; later runs also gain from the JIT, so how much is not known.
 */
@Component
class RowStream {

    static final int FETCH_SIZE = 10_000;

    private final NamedParameterJdbcTemplate named;

    RowStream(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.named = new NamedParameterJdbcTemplate(template);
    }

    @Transactional(readOnly = true)
    void each(String sql, Map<String, ?> params, RowCallbackHandler row) {
        // A year's return is sorted by child: with the default 4 MB PostgreSQL sorts 280,000 episodes on disk. 64 MB,
        // for this transaction only, sorts them in memory (MissingBenchmark).
        named.getJdbcTemplate().execute("SET LOCAL work_mem = '64MB'");
        named.query(sql, params, row);
    }
}
