package app.haven.identity;

import app.haven.platform.HavenPrincipal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Records who works with a child — an agency in an area, perhaps a team and a named worker — which is what
 * record scope is computed from. Modules that assign work (people, cases, referrals) call it.
 */
@Service
public class ChildInvolvements {

    private final JdbcClient jdbc;
    private final Clock clock;

    ChildInvolvements(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Starts an involvement and returns its id. */
    public long start(long childId, long areaId, long agencyId, Optional<Long> teamId, Optional<Long> userId) {
        return jdbc.sql("""
                        INSERT INTO child_involvement (child_id, area_id, agency_id, team_id, user_id, started_at)
                        VALUES (:child, :area, :agency, :team, :user, :now) RETURNING id
                        """)
                .param("child", childId)
                .param("area", areaId)
                .param("agency", agencyId)
                .param("team", teamId.orElse(null))
                .param("user", userId.orElse(null))
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
    }

    /**
     * Starts an involvement for the signed-in user who recorded a child (or an adult), so they can open what they
     * created: their agency, team and themselves, in the child's area when the user covers it, otherwise in the
     * first area the user works in.
     */
    public long startForRecorder(long personId, HavenPrincipal principal, Optional<Long> personArea) {
        HavenUser user = (HavenUser) principal;
        Set<Long> areas = user.access().areaIds();
        long area = personArea
                .filter(areas::contains)
                .or(() -> areas.stream().sorted().findFirst())
                .or(() -> personArea)
                .or(() -> agencyArea(user.agencyId()))
                .orElseThrow(() -> new IllegalStateException("user " + user.userId() + " has no area"));
        return start(personId, area, user.agencyId(), user.account().team(), Optional.of(user.userId()));
    }

    private Optional<Long> agencyArea(long agencyId) {
        return jdbc.sql("SELECT area_id FROM agency_area WHERE agency_id = :agency ORDER BY area_id LIMIT 1")
                .param("agency", agencyId)
                .query(Long.class)
                .optional();
    }

    /**
     * Sets when these involvements stop opening the child's record (empty: never), keeping them for "known to": a
     * team member's access some days after the case closes, restored if it reopens.
     */
    public void limitAccess(java.util.List<Long> involvementIds, Optional<java.time.Instant> until) {
        if (involvementIds.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE child_involvement SET access_until = :until WHERE id IN (:ids) AND ended_at IS NULL")
                .param("until", until.map(Timestamp::from).orElse(null))
                .param("ids", involvementIds)
                .update();
    }

    /** Ends an involvement; the child's record stays open to those still involved. */
    public void end(long involvementId) {
        jdbc.sql("UPDATE child_involvement SET ended_at = :now WHERE id = :id AND ended_at IS NULL")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", involvementId)
                .update();
    }
}
