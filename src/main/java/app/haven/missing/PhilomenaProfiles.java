package app.haven.missing;

import static app.haven.missing.ReturnForm.optional;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Philomena Protocol profiles (domain reference section 5): each save is the next version, so what the police were
 * given on any day can be shown; a save made from an older version than the current one changes nothing.
 */
@Service
class PhilomenaProfiles {

    private static final String PROFILE = """
            SELECT f.*, u.display_name FROM philomena_profile f JOIN user_account u ON u.id = f.recorded_by
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    PhilomenaProfiles(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    Optional<PhilomenaProfile> current(long childId) {
        return jdbc.sql(PROFILE + " WHERE f.child_id = :child ORDER BY f.version DESC LIMIT 1")
                .param("child", childId)
                .query((rs, row) -> profile(rs))
                .optional();
    }

    List<PhilomenaProfile> versions(long childId) {
        return jdbc.sql(PROFILE + " WHERE f.child_id = :child ORDER BY f.version DESC")
                .param("child", childId)
                .query((rs, row) -> profile(rs))
                .list();
    }

    /** Saves the next version; false when someone saved a newer version since the form was read. */
    @Transactional
    boolean save(long childId, PhilomenaForm form, HavenPrincipal user) {
        int current = current(childId).map(PhilomenaProfile::version).orElse(0);
        if (current != form.version()) {
            return false;
        }
        try {
            jdbc.sql("""
                            INSERT INTO philomena_profile (child_id, version, description, photo_reference,
                                   friends_and_associates, places_frequented, phone_and_social_media, health_needs,
                                   recorded_by, recorded_at)
                            VALUES (:child, :version, :description, :photo, :friends, :places, :phone, :health, :user, :now)
                            """)
                    .param("child", childId)
                    .param("version", current + 1)
                    .param("description", form.description().strip())
                    .param("photo", optional(form.photoReference()).orElse(null))
                    .param("friends", optional(form.friendsAndAssociates()).orElse(null))
                    .param("places", optional(form.placesFrequented()).orElse(null))
                    .param("phone", optional(form.phoneAndSocialMedia()).orElse(null))
                    .param("health", optional(form.healthNeeds()).orElse(null))
                    .param("user", user.userId())
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException raced) {
            return false;
        }
        audit.record(
                AuditAction.UPDATE,
                "philomena-profile",
                childId,
                Optional.of(childId),
                Optional.of("version " + (current + 1)));
        return true;
    }

    /** Whether the child's record says they are looked after (Philomena profiles are for looked-after children). */
    boolean lookedAfter(long childId) {
        return jdbc.sql("SELECT looked_after_status = 'LOOKED_AFTER' FROM person WHERE id = :id")
                .param("id", childId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    private static PhilomenaProfile profile(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PhilomenaProfile(
                rs.getInt("version"),
                rs.getString("description"),
                Optional.ofNullable(rs.getString("photo_reference")),
                Optional.ofNullable(rs.getString("friends_and_associates")),
                Optional.ofNullable(rs.getString("places_frequented")),
                Optional.ofNullable(rs.getString("phone_and_social_media")),
                Optional.ofNullable(rs.getString("health_needs")),
                rs.getString("display_name"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
