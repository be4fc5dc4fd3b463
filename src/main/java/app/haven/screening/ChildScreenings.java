package app.haven.screening;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The screening module's face to other modules: a child's completed screenings with the band that stands. It does
 * not check access; callers check {@code ChildAccess.canOpen} first.
 */
@Service
public class ChildScreenings {

    private static final String SUMMARY = """
            SELECT s.id, s.child_id, s.screening_date, coalesce(o.band_label, s.band_label) AS band_label,
                   coalesce(o.band_rank, s.band_rank) AS band_rank, cardinality(s.triggers) > 0 AS child_protection
              FROM screening s
              LEFT JOIN LATERAL (SELECT band_label, band_rank FROM screening_override so
                                  WHERE so.screening_id = s.id AND so.status IN ('APPLIED', 'APPROVED')
                                  ORDER BY so.requested_at DESC, so.id DESC LIMIT 1) o ON true
             WHERE s.status = 'COMPLETED' AND\s""";

    private final JdbcClient jdbc;

    ChildScreenings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The most recent completed screening among these record ids (a child's own and merged records). */
    public Optional<ScreeningSummary> latestFor(List<Long> childRecordIds) {
        return jdbc.sql(SUMMARY
                        + "s.child_id IN (:ids) ORDER BY s.screening_date DESC, s.completed_at DESC, s.id DESC LIMIT 1")
                .param("ids", childRecordIds)
                .query(ChildScreenings::summary)
                .optional();
    }

    /** Completed screenings among these record ids, newest first, at most {@code limit}. */
    public List<ScreeningSummary> recentFor(List<Long> childRecordIds, int limit) {
        return jdbc.sql(
                        SUMMARY
                                + "s.child_id IN (:ids) ORDER BY s.screening_date DESC, s.completed_at DESC, s.id DESC LIMIT :limit")
                .param("ids", childRecordIds)
                .param("limit", limit)
                .query(ChildScreenings::summary)
                .list();
    }

    public Optional<ScreeningSummary> find(long screeningId) {
        return jdbc.sql(SUMMARY + "s.id = :id")
                .param("id", screeningId)
                .query(ChildScreenings::summary)
                .optional();
    }

    private static ScreeningSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ScreeningSummary(
                rs.getLong("id"),
                rs.getLong("child_id"),
                rs.getDate("screening_date").toLocalDate(),
                rs.getString("band_label"),
                rs.getInt("band_rank"),
                rs.getBoolean("child_protection"));
    }
}
