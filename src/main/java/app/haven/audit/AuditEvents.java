package app.haven.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The log's read side: the administrators' search and "who has seen this record". Names come from identity's
 * tables at read time; the log itself holds only ids, so renaming a user never touches an entry.
 */
@Repository
class AuditEvents {

    private static final String FILTER = """
            WHERE (CAST(:userId AS bigint) IS NULL OR e.user_id = :userId)
              AND (CAST(:action AS text) IS NULL OR e.action = :action)
              AND (CAST(:childId AS bigint) IS NULL OR e.child_id = :childId)
              AND (CAST(:from AS timestamptz) IS NULL OR e.occurred_at >= :from)
              AND (CAST(:to AS timestamptz) IS NULL OR e.occurred_at < :to)
            """;

    private final JdbcClient jdbc;

    AuditEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count(AuditSearch search) {
        return filtered("SELECT count(*) FROM audit_event e " + FILTER, search)
                .query(Long.class)
                .single();
    }

    /** Newest first. */
    List<AuditEventView> search(AuditSearch search, int offset, int limit) {
        return filtered("""
                        SELECT e.*, u.display_name, a.name AS agency_name
                        FROM audit_event e
                        LEFT JOIN user_account u ON u.id = e.user_id
                        LEFT JOIN agency a ON a.id = e.agency_id
                        """ + FILTER + " ORDER BY e.occurred_at DESC, e.id DESC LIMIT :limit OFFSET :offset", search)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> view(rs))
                .list();
    }

    /** Everyone who viewed or changed anything about the child, most recent access first. */
    List<RecordAccessSummary> accessTo(long childId) {
        return jdbc.sql("""
                        SELECT e.user_id, u.display_name, a.name AS agency_name,
                               min(e.occurred_at) AS first_at, max(e.occurred_at) AS last_at, count(*) AS accesses,
                               count(*) FILTER (WHERE e.action = 'break-glass') AS break_glass
                        FROM audit_event e
                        LEFT JOIN user_account u ON u.id = e.user_id
                        LEFT JOIN agency a ON a.id = e.agency_id
                        WHERE e.child_id = :childId AND e.user_id IS NOT NULL
                        GROUP BY e.user_id, u.display_name, a.name
                        ORDER BY last_at DESC, e.user_id
                        """)
                .param("childId", childId)
                .query((rs, n) -> new RecordAccessSummary(
                        rs.getLong("user_id"),
                        Optional.ofNullable(rs.getString("display_name")),
                        Optional.ofNullable(rs.getString("agency_name")),
                        instant(rs, "first_at"),
                        instant(rs, "last_at"),
                        rs.getLong("accesses"),
                        rs.getLong("break_glass")))
                .list();
    }

    private JdbcClient.StatementSpec filtered(String sql, AuditSearch search) {
        return jdbc.sql(sql)
                .param("userId", search.userId().orElse(null), java.sql.Types.BIGINT)
                .param("action", search.action().map(AuditAction::code).orElse(null), java.sql.Types.VARCHAR)
                .param("childId", search.childId().orElse(null), java.sql.Types.BIGINT)
                .param("from", search.from().map(AuditEvents::utc).orElse(null), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("to", search.to().map(AuditEvents::utc).orElse(null), java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static AuditEventView view(ResultSet rs) throws SQLException {
        return new AuditEventView(
                rs.getLong("id"),
                instant(rs, "occurred_at"),
                Optional.ofNullable(rs.getObject("user_id", Long.class)),
                Optional.ofNullable(rs.getString("display_name")),
                Optional.ofNullable(rs.getString("agency_name")),
                rs.getString("action"),
                rs.getString("subject_type"),
                Optional.ofNullable(rs.getObject("subject_id", Long.class)),
                Optional.ofNullable(rs.getObject("child_id", Long.class)),
                Optional.ofNullable(rs.getString("reason")));
    }
}
