package app.haven.engagement;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public "top 10 things you need to know": up to ten points, edited in Haven as one page with a version, so an
 * editor working from a stale copy is told and loses nothing they typed.
 */
@Service
class TopTen {

    /** The page as stored: its points in order, and the version they were read at. */
    record Page(List<TopTenPoint> points, int version) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final PublicContent publicContent;

    TopTen(JdbcClient jdbc, AuditLog audit, Clock clock, PublicContent publicContent) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.publicContent = publicContent;
    }

    Page page() {
        return read(jdbc);
    }

    /** The page as stored now (also read by {@link PublicContent}). */
    static Page read(JdbcClient jdbc) {
        int version = jdbc.sql("SELECT version FROM engagement_top_ten_version")
                .query(Integer.class)
                .single();
        List<TopTenPoint> points = jdbc.sql("SELECT position, heading, body FROM engagement_top_ten ORDER BY position")
                .query((rs, n) -> new TopTenPoint(rs.getInt(1), rs.getString(2), rs.getString(3)))
                .list();
        return new Page(points, version);
    }

    /** Replaces the page if it is still at {@code version}; false (nothing changed) when someone saved since. */
    @Transactional
    boolean replace(List<TopTenPoint> points, int version, HavenPrincipal user) {
        int claimed = jdbc.sql("UPDATE engagement_top_ten_version SET version = version + 1 WHERE version = :v")
                .param("v", version)
                .update();
        if (claimed == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM engagement_top_ten").update();
        Timestamp now = Timestamp.from(clock.instant());
        for (TopTenPoint point : points) {
            jdbc.sql("""
                            INSERT INTO engagement_top_ten (position, heading, body, updated_by, updated_at)
                            VALUES (:p, :h, :b, :user, :now)
                            """)
                    .param("p", point.position())
                    .param("h", point.heading())
                    .param("b", point.body())
                    .param("user", user == null ? null : user.userId())
                    .param("now", now)
                    .update();
        }
        publicContent.changed();
        if (user != null) {
            audit.record(AuditAction.UPDATE, "top-ten", 1, Optional.empty(), Optional.of(points.size() + " points"));
        }
        return true;
    }
}
