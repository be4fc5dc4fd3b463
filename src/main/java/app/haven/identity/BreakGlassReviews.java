package app.haven.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Break-glass grants waiting for, or given, a manager's review. */
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

    private final JdbcClient jdbc;

    BreakGlassReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<BreakGlassGrantView> awaitingReview() {
        return jdbc.sql(SELECT + " WHERE g.reviewed_at IS NULL ORDER BY g.granted_at")
                .query(this::view)
                .list();
    }

    List<BreakGlassGrantView> recentlyReviewed(int limit) {
        return jdbc.sql(SELECT + " WHERE g.reviewed_at IS NOT NULL ORDER BY g.reviewed_at DESC LIMIT :limit")
                .param("limit", limit)
                .query(this::view)
                .list();
    }

    Optional<BreakGlassGrantView> find(long id) {
        return jdbc.sql(SELECT + " WHERE g.id = :id")
                .param("id", id)
                .query(this::view)
                .optional();
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
