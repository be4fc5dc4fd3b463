package app.haven.intelligence;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.intelligence.network.GradeRank;
import app.haven.platform.HavenPrincipal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing links. Both ends must be entities the user may see, never the same one, and the evidence must be something
 * the user may see ({@link LinkEvidence}). Each
 * write checks the "one adult, many children" rule for a person of concern at either end.
 */
@Service
class Links {

    private final JdbcClient jdbc;
    private final EntityQueries entities;
    private final LinkEvidence evidence;
    private final ManyChildrenAlerts alerts;
    private final AuditLog audit;
    private final Clock clock;

    Links(
            JdbcClient jdbc,
            EntityQueries entities,
            LinkEvidence evidence,
            ManyChildrenAlerts alerts,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.entities = entities;
        this.evidence = evidence;
        this.alerts = alerts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Saves a link and returns its id; refuses (saving nothing) with the field and reason. */
    @Transactional
    long record(NewLink link, HavenPrincipal user) {
        if (link.fromEntity() == link.toEntity()) {
            throw new LinkRefused("to", "An entity cannot be linked to itself: choose another entity");
        }
        EntityView from = seen(link.fromEntity(), "from", user);
        EntityView to = seen(link.toEntity(), "to", user);
        if (link.validTo().filter(end -> end.isBefore(link.validFrom())).isPresent()) {
            throw new LinkRefused("validTo", "The link's end date must be the same as or after its start date");
        }
        Optional<Grading> grading = evidence.check(link.evidence(), user);
        long id;
        try {
            id = insert(link, from.areaId(), grading, user);
        } catch (DuplicateKeyException duplicate) {
            throw new LinkRefused("to", "These entities are already linked this way on this evidence");
        }
        Optional<Long> child = from.child() ? from.personId() : to.child() ? to.personId() : Optional.empty();
        audit.record(
                AuditAction.CREATE,
                "intel-link",
                id,
                child,
                Optional.of(link.type().words()));
        alerts.check(link.fromEntity());
        alerts.check(link.toEntity());
        return id;
    }

    /** Ends a link (it stays on record, out of the network); refuses when it changed since the page was read. */
    @Transactional
    void end(LinkView link, int version, HavenPrincipal user) {
        int updated = jdbc.sql("""
                        UPDATE intel_link SET ended_at = :now, version = version + 1
                         WHERE id = :id AND version = :version AND ended_at IS NULL
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", link.id())
                .param("version", version)
                .update();
        if (updated == 0) {
            throw new LinkRefused("", "Someone else has just changed or ended this link. Check it before going on.");
        }
        audit.record(AuditAction.UPDATE, "intel-link", link.id(), link.childId(), Optional.of("ended"));
        alerts.check(link.fromId());
        alerts.check(link.toId());
    }

    private EntityView seen(long entityId, String field, HavenPrincipal user) {
        return entities.visible(entityId, user)
                .orElseThrow(() -> new LinkRefused(
                        field, "Entity I-" + entityId + " does not exist or is outside your record scope"));
    }

    private long insert(NewLink link, long areaId, Optional<Grading> grading, HavenPrincipal user) {
        return jdbc.sql("""
                        INSERT INTO intel_link (from_entity, to_entity, link_type, valid_from, valid_to, confidence,
                               evidence_kind, evidence_id, report_id, grade_rank, restricted, area_id, recorded_by, recorded_at)
                        VALUES (:from, :to, :type, :validFrom, :validTo, :confidence, :kind, :evidence, :report, :rank,
                                :restricted, :area, :user, :now)
                        RETURNING id
                        """)
                .param("from", link.fromEntity())
                .param("to", link.toEntity())
                .param("type", link.type().name())
                .param("validFrom", Date.valueOf(link.validFrom()))
                .param("validTo", link.validTo().map(Date::valueOf).orElse(null))
                .param("confidence", link.confidence())
                .param("kind", link.evidence().kind())
                .param("evidence", link.evidence().id())
                .param("report", grading.isPresent() ? link.evidence().id() : null)
                .param("rank", grading.map(Grading::rank).orElse(GradeRank.UNGRADED))
                .param("restricted", grading.map(Grading::restricted).orElse(false))
                .param("area", areaId)
                .param("user", user.userId())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
    }
}
