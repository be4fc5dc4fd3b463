package app.haven.screening;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.identity.ChildAccess;
import app.haven.identity.SqlCondition;
import app.haven.people.People;
import app.haven.platform.HavenPrincipal;
import app.haven.screening.banding.Band;
import app.haven.screening.banding.OverrideDecision;
import app.haven.screening.banding.ToolDefinition;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Professional override of a screening's band (domain reference section 3): the reason is always recorded; a band
 * above the band that stands applies at once; one below it waits for a manager (APPROVE permission) to approve or
 * reject. The computed band is never lost: both are shown.
 */
@Service
class BandOverrides {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm");

    private final JdbcClient jdbc;
    private final ChildAccess access;
    private final AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final ScreeningQueries queries;
    private final ScreeningTools tools;
    private final ScreeningSettings settings;
    private final People people;
    private final Clock clock;

    BandOverrides(
            JdbcClient jdbc,
            ChildAccess access,
            AuditLog audit,
            org.springframework.context.ApplicationEventPublisher events,
            ScreeningQueries queries,
            ScreeningTools tools,
            ScreeningSettings settings,
            People people,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.queries = queries;
        this.tools = tools;
        this.settings = settings;
        this.people = people;
        this.clock = clock;
    }

    /**
     * Records an override; returns whether it applied at once (raising the band that stands) or awaits a manager's
     * approval (lowering it).
     */
    @Transactional
    boolean request(ScreeningRecord screening, ToolDefinition tool, Band band, String reason, HavenPrincipal user) {
        Band computed = tool.band(screening.bandCode().orElseThrow());
        boolean raising = !OverrideDecision.of(computed, standingBand(screening, tool), band, reason)
                .needsApproval();
        jdbc.sql(
                        "UPDATE screening_override SET status = 'REJECTED', decided_by = :user, decided_at = :now,"
                                + " decision_note = 'Replaced by a newer override' WHERE screening_id = :id AND status = 'PENDING'")
                .param("user", user.userId())
                .param("now", Timestamp.from(clock.instant()))
                .param("id", screening.id())
                .update();
        long id = jdbc.sql("""
                        INSERT INTO screening_override (screening_id, band_code, band_label, band_rank, reason, requested_by,
                                                        requested_at, status)
                        VALUES (:screening, :code, :label, :rank, :reason, :user, :now, :status) RETURNING id
                        """)
                .param("screening", screening.id())
                .param("code", band.code())
                .param("label", band.label())
                .param("rank", band.rank())
                .param("reason", reason)
                .param("user", user.userId())
                .param("now", Timestamp.from(clock.instant()))
                .param("status", raising ? "APPLIED" : "PENDING")
                .query(Long.class)
                .single();
        audit.record(
                AuditAction.UPDATE,
                "screening-override",
                id,
                Optional.of(screening.childId()),
                Optional.of((raising ? "band raised to " : "approval requested to lower band to ") + band.label()));
        if (raising) {
            rescreenBy(screening, band);
        }
        if (!raising) {
            events.publishEvent(
                    new BandOverrideRequested(id, screening.id(), screening.childId(), user.userId(), band.label()));
            events.publishEvent(new ApproveLowerBand(
                    id,
                    screening.childId(),
                    childName(screening.childId()),
                    band.label(),
                    java.time.LocalDate.now(clock).plusDays(2)));
        }
        return raising;
    }

    /** Approves or rejects a pending override; false when there is no such pending override. */
    @Transactional
    boolean decide(long overrideId, boolean approve, String note, HavenPrincipal manager) {
        int updated = jdbc.sql("""
                        UPDATE screening_override SET status = :status, decided_by = :user, decided_at = :now,
                               decision_note = :note
                         WHERE id = :id AND status = 'PENDING' AND requested_by <> :user
                        """)
                .param("status", approve ? "APPROVED" : "REJECTED")
                .param("user", manager.userId())
                .param("now", Timestamp.from(clock.instant()))
                .param("note", note.isBlank() ? null : note)
                .param("id", overrideId)
                .update();
        if (updated == 1) {
            long child = jdbc.sql(
                            "SELECT s.child_id FROM screening_override o JOIN screening s ON s.id = o.screening_id"
                                    + " WHERE o.id = :id")
                    .param("id", overrideId)
                    .query(Long.class)
                    .single();
            audit.record(
                    AuditAction.UPDATE,
                    "screening-override",
                    overrideId,
                    Optional.of(child),
                    Optional.of(approve ? "approved" : "rejected"));
            events.publishEvent(new ApproveLowerBand.Decided(overrideId));
            if (approve) {
                find(overrideId)
                        .ifPresent(o -> queries.find(o.screeningId())
                                .ifPresent(screening -> tools.get(screening.toolId(), screening.toolVersion())
                                        .flatMap(tool -> tool.bands().stream()
                                                .filter(b -> b.label().equals(o.band()))
                                                .findFirst())
                                        .ifPresent(band -> rescreenBy(screening, band))));
            }
        }
        return updated == 1;
    }

    /**
     * The band that stands changed: the register hears of it, and the completer's "screen again" reminder follows
     * it, not only the computed band.
     */
    private void rescreenBy(ScreeningRecord screening, Band band) {
        events.publishEvent(new StandingBandChanged(screening.id(), screening.childId(), band.label(), band.rank()));
        ToolDefinition tool =
                tools.get(screening.toolId(), screening.toolVersion()).orElseThrow();
        Optional<LocalDate> due = RescreenDate.of(
                tool,
                band,
                screening.screeningDate().orElseThrow(),
                !screening.triggers().isEmpty(),
                RescreenDate.hasNotKnown(screening.form()),
                settings.current());
        jdbc.sql("UPDATE screening SET rescreen_on = :due WHERE id = :id")
                .param("due", due.map(java.sql.Date::valueOf).orElse(null))
                .param("id", screening.id())
                .update();
        due.ifPresent(date -> events.publishEvent(
                new RescreenDue(screening.childId(), childName(screening.childId()), screening.completedBy(), date)));
    }

    /** The band that stands for a completed screening: the newest applied or approved override, else computed. */
    Band standingBand(ScreeningRecord screening, ToolDefinition tool) {
        return standing(screening.id())
                .flatMap(o -> tool.bands().stream()
                        .filter(b -> b.label().equals(o.band()))
                        .findFirst())
                .orElseGet(() -> tool.band(screening.bandCode().orElseThrow()));
    }

    private String childName(long childId) {
        return people.find(childId).map(p -> p.name()).orElse("a child");
    }

    /** The overrides of one screening, newest first. */
    List<OverrideView> forScreening(long screeningId) {
        return query("o.screening_id = :screening", Map.of("screening", screeningId));
    }

    /** The band that stands: the newest applied or approved override, else the computed band. */
    Optional<OverrideView> standing(long screeningId) {
        return forScreening(screeningId).stream()
                .filter(o -> o.status().equals("APPLIED") || o.status().equals("APPROVED"))
                .findFirst();
    }

    /** Pending requests to lower a band, for children the manager may open. */
    List<OverrideView> pendingFor(HavenPrincipal manager) {
        SqlCondition scope = access.visibleChildren(manager, "s.child_id");
        Map<String, Object> params = new java.util.HashMap<>(scope.parameters());
        return query("o.status = 'PENDING' AND " + scope.sql(), params);
    }

    Optional<OverrideView> find(long overrideId) {
        return query("o.id = :override", Map.of("override", overrideId)).stream()
                .findFirst();
    }

    private List<OverrideView> query(String where, Map<String, Object> params) {
        return jdbc.sql("""
                        SELECT o.*, s.child_id, s.band_label AS computed, u.display_name AS requester,
                               (SELECT n.given_names || ' ' || n.family_name FROM person_name n WHERE n.person_id = s.child_id
                                  AND n.removed_at IS NULL ORDER BY n.name_type = 'PREFERRED' DESC, n.name_type = 'LEGAL' DESC
                                  LIMIT 1) AS child_name
                          FROM screening_override o JOIN screening s ON s.id = o.screening_id
                          JOIN user_account u ON u.id = o.requested_by
                         WHERE\s""" + where + " ORDER BY o.requested_at DESC, o.id DESC")
                .params(params)
                .query((rs, row) -> new OverrideView(
                        rs.getLong("id"),
                        rs.getLong("screening_id"),
                        rs.getLong("child_id"),
                        Optional.ofNullable(rs.getString("child_name")).orElse("Name not recorded"),
                        rs.getString("computed"),
                        rs.getString("band_label"),
                        rs.getString("reason"),
                        rs.getString("requester"),
                        WHEN.format(rs.getTimestamp("requested_at").toInstant().atZone(ZoneId.of("Europe/London"))),
                        rs.getString("status"),
                        Optional.ofNullable(rs.getString("decision_note")).orElse("")))
                .list();
    }
}
