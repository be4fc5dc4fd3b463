package app.haven.platform;

import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a page's read with PostgreSQL told to plan its statement once and reuse the plan. A statement with many joins
 * and parameters (the register, the inbox) is otherwise planned afresh on every request: PostgreSQL tries a plan for
 * the parameters' values five times, and keeps doing so when the plan it would reuse is costed higher — which, for a
 * page of fifty rows chosen from thousands, it is. Planning the register's page took 1.9 ms of PostgreSQL's CPU a
 * request, more than running it (ADR 0008). Use it only for statements whose best plan does not depend on the values
 * (ids, areas, today's date), never for searches whose selectivity does.
 *
 * <p>The setting is local to a transaction of the read's own ({@code SET LOCAL}), so it never reaches another
 * statement on the pooled connection. A read already inside a transaction runs as it is, planned as usual, so the
 * setting never leaks into the rest of someone else's transaction.
 */
@Component
public class GenericPlans {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    GenericPlans(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The read's result, its statements planned once per pooled connection rather than once per request. */
    public <T> T read(Supplier<T> read) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return read.get();
        }
        return transaction.execute(status -> {
            jdbc.sql("SET LOCAL plan_cache_mode = force_generic_plan").update();
            return read.get();
        });
    }
}
