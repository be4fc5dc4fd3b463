package app.haven.engagement;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of services, commissioned and not, that practitioners use when planning support. A user sees the
 * services working in their areas; capacity changes name the version seen, so a stale change is refused.
 */
@Service
class ServiceDirectory {

    private static final String SELECT = """
            SELECT s.*, ARRAY(SELECT a.name FROM support_service_area sa JOIN area a ON a.id = sa.area_id
                               WHERE sa.service_id = s.id ORDER BY a.name) AS area_names
              FROM support_service s
             WHERE EXISTS (SELECT 1 FROM support_service_area sa WHERE sa.service_id = s.id AND sa.area_id IN (:areas))
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final EngagementScope scope;
    private final Clock clock;

    ServiceDirectory(JdbcClient jdbc, AuditLog audit, EngagementScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.scope = scope;
        this.clock = clock;
    }

    @Transactional
    long add(ServiceForm.Checked s, HavenPrincipal user) {
        long id = jdbc.sql("""
                        INSERT INTO support_service (area_id, name, provider, commissioned, offer, age_from, age_to,
                               how_to_refer, capacity, recorded_by, updated_at)
                        VALUES (:area, :name, :provider, :commissioned, :offer, :from, :to, :refer, :capacity, :user, :now)
                        RETURNING id
                        """)
                .param("area", s.areaIds().get(0))
                .param("name", s.name())
                .param("provider", s.provider())
                .param("commissioned", s.commissioned())
                .param("offer", s.offer())
                .param("from", s.ageFrom())
                .param("to", s.ageTo())
                .param("refer", s.howToRefer())
                .param("capacity", s.capacity())
                .param("user", user.userId())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        for (long area : s.areaIds()) {
            jdbc.sql("INSERT INTO support_service_area (service_id, area_id) VALUES (:s, :a)")
                    .param("s", id)
                    .param("a", area)
                    .update();
        }
        audit.record(AuditAction.CREATE, "support-service", id, Optional.empty(), Optional.empty());
        return id;
    }

    /** Changes whether the service takes referrals; false when it changed since the user saw it. */
    @Transactional
    boolean capacity(long id, int version, String capacity, Optional<String> note, HavenPrincipal user) {
        int updated = jdbc.sql("""
                        UPDATE support_service SET capacity = :capacity, capacity_note = :note, updated_at = :now,
                               version = version + 1
                         WHERE id = :id AND version = :version AND area_id IN (:areas)
                        """)
                .param("capacity", capacity)
                .param("note", note.orElse(null))
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .param("version", version)
                .param("areas", scope.areaIds(user))
                .update();
        if (updated == 0) {
            return false;
        }
        audit.record(AuditAction.UPDATE, "support-service", id, Optional.empty(), Optional.of(capacity.toLowerCase()));
        return true;
    }

    /** The services working in the user's areas, those taking referrals first. */
    List<ServiceView> inAreasOf(HavenPrincipal user) {
        return jdbc.sql(SELECT + " ORDER BY s.capacity = 'CLOSED', s.name, s.id")
                .param("areas", scope.areaIds(user))
                .query((rs, n) -> view(rs))
                .list();
    }

    Optional<ServiceView> visible(long id, HavenPrincipal user) {
        return jdbc.sql(SELECT + " AND s.id = :id")
                .param("areas", scope.areaIds(user))
                .param("id", id)
                .query((rs, n) -> view(rs))
                .optional();
    }

    private static ServiceView view(ResultSet rs) throws SQLException {
        Array areas = rs.getArray("area_names");
        return new ServiceView(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("provider"),
                rs.getBoolean("commissioned"),
                rs.getString("offer"),
                rs.getInt("age_from"),
                rs.getInt("age_to"),
                rs.getString("how_to_refer"),
                rs.getString("capacity"),
                Optional.ofNullable(rs.getString("capacity_note")),
                Arrays.stream((Object[]) areas.getArray()).map(String::valueOf).toList(),
                rs.getInt("version"));
    }
}
