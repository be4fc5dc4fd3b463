package app.haven.engagement;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.intelligence.CommunityIntelligence;
import app.haven.platform.HavenPrincipal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Concerns reported by the public: received into the area's triage queue (nothing about the sender's connection is
 * kept), then turned into an intelligence report or closed with a reason by police or a CSE coordinator of that area.
 * Each triage names the version the user saw, so two people triaging the same concern cannot both succeed.
 */
@Service
class Concerns {

    private static final String SELECT =
            "SELECT c.*, a.name AS area_name FROM community_concern c JOIN area a ON a.id = c.area_id";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final EngagementScope scope;
    private final CommunityIntelligence intelligence;
    private final Clock clock;

    Concerns(JdbcClient jdbc, AuditLog audit, EngagementScope scope, CommunityIntelligence intelligence, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.scope = scope;
        this.intelligence = intelligence;
        this.clock = clock;
    }

    /** Receives a concern from the public form and returns its id. */
    long receive(ConcernForm.Checked c) {
        return jdbc.sql("""
                        INSERT INTO community_concern (area_id, what_happened, where_text, when_text, who_text, contact,
                               received_at)
                        VALUES (:area, :what, :where, :when, :who, :contact, :now) RETURNING id
                        """)
                .param("area", c.areaId())
                .param("what", c.what())
                .param("where", c.where())
                .param("when", c.when())
                .param("who", c.who().orElse(null))
                .param("contact", c.contact().orElse(null))
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
    }

    /** Whether the area exists and is in use (asked of the database: the list on the form may be a little old). */
    boolean areaInUse(long areaId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM area WHERE id = :id AND NOT retired)")
                .param("id", areaId)
                .query(Boolean.class)
                .single();
    }

    /** The concerns of the user's areas waiting for triage, oldest first, then the 50 most recently triaged. */
    List<ConcernView> queue(HavenPrincipal user) {
        return jdbc.sql(SELECT + """
                         WHERE c.area_id IN (:areas)
                           AND (c.status = 'NEW' OR c.id IN (SELECT id FROM community_concern WHERE area_id IN (:areas)
                                                               AND status <> 'NEW' ORDER BY triaged_at DESC LIMIT 50))
                         ORDER BY c.status <> 'NEW', CASE WHEN c.status = 'NEW' THEN c.received_at END,
                                  c.triaged_at DESC
                        """)
                .param("areas", scope.areaIds(user))
                .query((rs, n) -> view(rs))
                .list();
    }

    Optional<ConcernView> visible(long id, HavenPrincipal user) {
        return jdbc.sql(SELECT + " WHERE c.id = :id AND c.area_id IN (:areas)")
                .param("id", id)
                .param("areas", scope.areaIds(user))
                .query((rs, n) -> view(rs))
                .optional();
    }

    /** Records that the user opened the concern (it may name children and adults). */
    void shown(long id) {
        audit.record(AuditAction.VIEW, "community-concern", id, Optional.empty(), Optional.empty());
    }

    /**
     * Turns a new concern into an intelligence report and returns the report's id; empty when the concern was
     * triaged (or changed) since the user opened it, in which case nothing is saved.
     *
     * @throws CommunityIntelligence.Refused when the grading or a reference is refused; nothing is saved
     */
    @Transactional
    Optional<Long> intoIntelligence(
            ConcernView concern, CommunityIntelligence.Concern graded, int version, HavenPrincipal user) {
        if (!claim(concern.id(), version, user)) {
            return Optional.empty();
        }
        long report = intelligence.record(graded, user);
        jdbc.sql("UPDATE community_concern SET status = 'INTELLIGENCE', intel_report_id = :report WHERE id = :id")
                .param("report", report)
                .param("id", concern.id())
                .update();
        audit.record(
                AuditAction.UPDATE,
                "community-concern",
                concern.id(),
                Optional.empty(),
                Optional.of("turned into intelligence report R-" + report));
        return Optional.of(report);
    }

    /** Closes a new concern with a reason; false when it was triaged (or changed) since the user opened it. */
    @Transactional
    boolean close(long id, int version, String reason, Optional<String> note, HavenPrincipal user) {
        if (!claim(id, version, user)) {
            return false;
        }
        jdbc.sql("UPDATE community_concern SET status = 'CLOSED', closed_reason = :reason, closed_note = :note"
                        + " WHERE id = :id")
                .param("reason", reason)
                .param("note", note.orElse(null))
                .param("id", id)
                .update();
        audit.record(
                AuditAction.UPDATE,
                "community-concern",
                id,
                Optional.empty(),
                Optional.of("closed: " + reason.toLowerCase()));
        return true;
    }

    /** Takes the concern out of the queue for this user, if it is new, in their areas and at the version seen. */
    private boolean claim(long id, int version, HavenPrincipal user) {
        return jdbc.sql("""
                                UPDATE community_concern SET triaged_by = :user, triaged_at = :now, version = version + 1
                                 WHERE id = :id AND version = :version AND status = 'NEW' AND area_id IN (:areas)
                                """)
                        .param("user", user.userId())
                        .param("now", Timestamp.from(clock.instant()))
                        .param("id", id)
                        .param("version", version)
                        .param("areas", scope.areaIds(user))
                        .update()
                == 1;
    }

    LocalDate receivedOn(ConcernView concern) {
        return LocalDate.ofInstant(concern.receivedAt(), EngagementMeasures.LONDON);
    }

    private static ConcernView view(ResultSet rs) throws SQLException {
        long report = rs.getLong("intel_report_id");
        Optional<Long> reportId = rs.wasNull() ? Optional.empty() : Optional.of(report);
        return new ConcernView(
                rs.getLong("id"),
                rs.getString("area_name"),
                rs.getString("what_happened"),
                rs.getString("where_text"),
                rs.getString("when_text"),
                Optional.ofNullable(rs.getString("who_text")),
                Optional.ofNullable(rs.getString("contact")),
                rs.getTimestamp("received_at").toInstant(),
                rs.getString("status"),
                reportId,
                Optional.ofNullable(rs.getString("closed_reason")),
                Optional.ofNullable(rs.getString("closed_note")),
                rs.getInt("version"));
    }
}
