package app.haven.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Break-glass grants waiting for, or given, a manager's review. A reviewer sees only the grants of people in their
 * line (their reports, and their reports' reports) and, when they oversee an area (a coordinator, an administrator),
 * of people who work in one of their areas: a team manager elsewhere has no business with the grant or its reason.
 */
@Repository
class BreakGlassReviews {

    enum Outcome {
        JUSTIFIED,
        NOT_JUSTIFIED
    }

    private static final String SELECT = """
            SELECT g.id, g.user_id, u.display_name AS user_name, a.name AS agency, g.child_id, g.reason,
                   g.granted_at, g.expires_at, g.review_outcome, r.display_name AS reviewer_name, g.review_note
              FROM break_glass_grant g
              JOIN user_account u ON u.id = g.user_id
              JOIN agency a ON a.id = u.agency_id
              LEFT JOIN user_account r ON r.id = g.reviewed_by
            """;

    /**
     * The requester is in the reviewer's line, or works in an area the reviewer oversees. Their own grants are
     * included so that trying to review one is answered "ask another manager".
     */
    private static final String REVIEWABLE = """
             (g.user_id = :reviewer OR g.user_id IN (WITH RECURSIVE line (id) AS (
                                SELECT id FROM user_account WHERE manager_id = :reviewer
                                UNION SELECT u.id FROM user_account u JOIN line ON u.manager_id = line.id)
                            SELECT id FROM line)
              OR (:oversees AND EXISTS (SELECT 1 FROM user_area mine JOIN user_area theirs ON theirs.area_id = mine.area_id
                                         WHERE mine.user_id = :reviewer AND theirs.user_id = g.user_id)))
            """;

    private final JdbcClient jdbc;

    BreakGlassReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<BreakGlassGrantView> awaitingReview(HavenUser reviewer) {
        return jdbc.sql(SELECT + " WHERE g.reviewed_at IS NULL AND " + REVIEWABLE + " ORDER BY g.granted_at")
                .params(reviewer(reviewer))
                .query(this::view)
                .list();
    }

    List<BreakGlassGrantView> recentlyReviewed(HavenUser reviewer, int limit) {
        return jdbc.sql(SELECT + " WHERE g.reviewed_at IS NOT NULL AND " + REVIEWABLE
                        + " ORDER BY g.reviewed_at DESC LIMIT :limit")
                .params(reviewer(reviewer))
                .param("limit", limit)
                .query(this::view)
                .list();
    }

    /** The grant, if this reviewer may see it. */
    Optional<BreakGlassGrantView> find(long id, HavenUser reviewer) {
        return jdbc.sql(SELECT + " WHERE g.id = :id AND " + REVIEWABLE)
                .params(reviewer(reviewer))
                .param("id", id)
                .query(this::view)
                .optional();
    }

    /** Whether the grant exists at all (to tell "no such grant" from "not yours to review"). */
    boolean exists(long id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM break_glass_grant WHERE id = :id)")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    /** Coordinators and administrators oversee their areas; a team manager oversees only their own line. */
    private static java.util.Map<String, Object> reviewer(HavenUser reviewer) {
        HavenUser.Access access = reviewer.access();
        boolean oversees = access.scope() == RecordScope.AREA
                || access.scope() == RecordScope.PARTNERSHIP
                || access.permissions().contains(Permission.VIEW_AUDIT.authority());
        return java.util.Map.of("reviewer", reviewer.userId(), "oversees", oversees);
    }

    /** Records the review unless someone reviewed it first; returns whether this review was the one kept. */
    boolean review(long id, long reviewerId, Outcome outcome, String note, Instant at) {
        return jdbc.sql("""
                                UPDATE break_glass_grant
                                   SET reviewed_by = :reviewer, reviewed_at = :at, review_outcome = :outcome,
                                       review_note = :note
                                 WHERE id = :id AND reviewed_at IS NULL AND user_id <> :reviewer
                                """)
                        .param("reviewer", reviewerId)
                        .param("at", Timestamp.from(at))
                        .param("outcome", outcome.name())
                        .param("note", note)
                        .param("id", id)
                        .update()
                == 1;
    }

    private BreakGlassGrantView view(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new BreakGlassGrantView(
                rs.getLong("id"),
                rs.getLong("user_id"),
                rs.getString("user_name"),
                rs.getString("agency"),
                rs.getLong("child_id"),
                rs.getString("reason"),
                rs.getTimestamp("granted_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                rs.getString("review_outcome"),
                rs.getString("reviewer_name"),
                rs.getString("review_note"));
    }
}
