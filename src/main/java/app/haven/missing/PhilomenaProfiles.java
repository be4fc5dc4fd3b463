package app.haven.missing;

import static app.haven.missing.ReturnForm.optional;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.people.People;
import app.haven.platform.HavenPrincipal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Philomena Protocol profiles (domain reference section 5): each save is the next version, so what the police were
 * given on any day can be shown; a save made from an older version than the current one changes nothing. A child's
 * profile is read across their merged records (numbered in the order saved, the latest current); saves go to the
 * kept record.
 */
@Service
class PhilomenaProfiles {

    private static final String PROFILES = """
            SELECT f.*, u.display_name, row_number() OVER (ORDER BY f.recorded_at, f.child_id, f.version) AS shown
              FROM philomena_profile f JOIN user_account u ON u.id = f.recorded_by
             WHERE f.child_id IN (:ids) ORDER BY shown DESC
            """;

    private final JdbcClient jdbc;
    private final People people;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PhilomenaProfiles(JdbcClient jdbc, People people, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    Optional<PhilomenaProfile> current(long childId) {
        return versions(childId).stream().findFirst();
    }

    /** Every version across the child's merged records, newest first. */
    List<PhilomenaProfile> versions(long childId) {
        return jdbc.sql(PROFILES)
                .param("ids", people.recordIds(childId))
                .query((rs, row) -> profile(rs))
                .list();
    }

    /** Saves the next version; false when someone saved a newer version since the form was read. */
    @Transactional
    boolean save(long childId, PhilomenaForm form, HavenPrincipal user) {
        List<Long> records = people.recordIds(childId);
        long kept = records.get(0);
        int current = versions(childId).size();
        if (current != form.version()) {
            return false;
        }
        int next = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM philomena_profile WHERE child_id = :child")
                .param("child", kept)
                .query(Integer.class)
                .single();
        Instant now = clock.instant();
        try {
            jdbc.sql("""
                            INSERT INTO philomena_profile (child_id, version, description, photo_reference,
                                   friends_and_associates, places_frequented, phone_and_social_media, health_needs,
                                   recorded_by, recorded_at)
                            VALUES (:child, :version, :description, :photo, :friends, :places, :phone, :health, :user, :now)
                            """)
                    .param("child", kept)
                    .param("version", next)
                    .param("description", form.description().strip())
                    .param("photo", optional(form.photoReference()).orElse(null))
                    .param("friends", optional(form.friendsAndAssociates()).orElse(null))
                    .param("places", optional(form.placesFrequented()).orElse(null))
                    .param("phone", optional(form.phoneAndSocialMedia()).orElse(null))
                    .param("health", optional(form.healthNeeds()).orElse(null))
                    .param("user", user.userId())
                    .param("now", Timestamp.from(now))
                    .update();
        } catch (DuplicateKeyException raced) {
            return false;
        }
        audit.record(
                AuditAction.UPDATE,
                "philomena-profile",
                kept,
                Optional.of(kept),
                Optional.of("version " + (current + 1)));
        events.publishEvent(new PhilomenaProfileSaved(kept, records, now));
        return true;
    }

    /** Whether the child's record says they are looked after (Philomena profiles are for looked-after children). */
    boolean lookedAfter(long childId) {
        return jdbc.sql("SELECT looked_after_status = 'LOOKED_AFTER' FROM person WHERE id = :id")
                .param("id", people.resolve(childId))
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    private static PhilomenaProfile profile(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PhilomenaProfile(
                rs.getInt("shown"),
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
