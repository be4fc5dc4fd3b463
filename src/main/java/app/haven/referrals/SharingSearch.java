package app.haven.referrals;

import app.haven.identity.ChildAccess;
import app.haven.identity.SqlCondition;
import app.haven.platform.HavenPrincipal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Managers' search of the information-sharing log: decisions about children the manager may open, in a period, shared
 * or not, without consent or not; newest first, at most a page. Scope is applied in the query.
 */
@Repository
class SharingSearch {

    static final int LIMIT = 100;

    /** What to look for; empty parts match everything. */
    record Filter(
            Optional<LocalDate> from, Optional<LocalDate> to, Optional<Boolean> shared, boolean withoutConsentOnly) {}

    private final JdbcClient jdbc;
    private final ChildAccess access;

    SharingSearch(JdbcClient jdbc, ChildAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    List<SharingDecisionView> search(Filter filter, HavenPrincipal user) {
        SqlCondition scope = access.visibleChildren(user, "s.child_id");
        Map<String, Object> params = new HashMap<>(scope.parameters());
        StringBuilder where = new StringBuilder(" WHERE " + scope.sql());
        filter.from().ifPresent(from -> {
            where.append(" AND s.decided_at >= CAST(:from AS date)");
            params.put("from", Date.valueOf(from));
        });
        filter.to().ifPresent(to -> {
            where.append(" AND s.decided_at < CAST(:to AS date) + 1");
            params.put("to", Date.valueOf(to));
        });
        filter.shared().ifPresent(shared -> {
            where.append(" AND s.shared = :shared");
            params.put("shared", shared);
        });
        if (filter.withoutConsentOnly()) {
            where.append(" AND s.consent <> 'GIVEN'");
        }
        params.put("limit", LIMIT);
        return jdbc.sql(SharingDecisions.SELECT + where + " ORDER BY s.decided_at DESC, s.id DESC LIMIT :limit")
                .params(params)
                .query(SharingDecisions::view)
                .list();
    }
}
