package app.haven.identity.admin;

import app.haven.identity.AccountSecurity;
import app.haven.identity.UserAccountChanged;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, edits, disables and enables accounts. Each change publishes {@link UserAccountChanged} in the same
 * transaction, so the audit trail records exactly the changes that were saved. Accounts are never deleted.
 */
@Service
class UserAdministration {

    /** Someone else saved the account after the editor opened it. */
    static final class StaleEdit extends RuntimeException {
        StaleEdit() {
            super("the account changed since it was read", null, false, false);
        }
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AccountSecurity security;

    UserAdministration(
            JdbcClient jdbc,
            PasswordEncoder encoder,
            ApplicationEventPublisher events,
            Clock clock,
            AccountSecurity security) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
        this.security = security;
    }

    /** Ends a lock at once. */
    @Transactional
    void unlock(long actorId, long userId) {
        security.unlock(userId);
        publish(actorId, userId, "unlocked");
    }

    /** Forgets the user's authenticator app (a lost phone); they set one up again at next sign-in. */
    @Transactional
    void resetMfa(long actorId, long userId) {
        security.resetMfa(userId);
        publish(actorId, userId, "MFA reset");
    }

    @Transactional
    long create(long actorId, UserChoice choice, String temporaryPassword) {
        long id = jdbc.sql("""
                        INSERT INTO user_account (email, display_name, agency_id, team_id, manager_id, password_hash,
                                                  created_at)
                        VALUES (:email, :name, :agency, :team, :manager, :hash, :now) RETURNING id
                        """)
                .param("email", choice.email())
                .param("name", choice.name())
                .param("agency", choice.agencyId())
                .param("team", choice.teamId().orElse(null))
                .param("manager", choice.managerId().orElse(null))
                .param("hash", encoder.encode(temporaryPassword))
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        replaceAreasAndRoles(id, choice);
        // A temporary password is known to the administrator: the user replaces it at first sign-in.
        security.requirePasswordChange(id);
        publish(actorId, id, "created");
        return id;
    }

    /**
     * Saves an edit if nobody else has saved the account since {@code version} was read.
     *
     * @throws StaleEdit if they have; nothing is saved
     */
    @Transactional
    void edit(long actorId, UserView before, int version, UserChoice choice) {
        int updated = jdbc.sql("""
                        UPDATE user_account
                           SET display_name = :name, email = :email, agency_id = :agency, team_id = :team,
                               manager_id = :manager, version = version + 1
                         WHERE id = :id AND version = :version
                        """)
                .param("name", choice.name())
                .param("email", choice.email())
                .param("agency", choice.agencyId())
                .param("team", choice.teamId().orElse(null))
                .param("manager", choice.managerId().orElse(null))
                .param("id", before.id())
                .param("version", version)
                .update();
        if (updated == 0) {
            throw new StaleEdit();
        }
        replaceAreasAndRoles(before.id(), choice);
        changes(before, choice).forEach(change -> publish(actorId, before.id(), change));
    }

    /** Disables or enables an account; the version moves on, so an edit opened before this one is stale. */
    @Transactional
    void setEnabled(long actorId, long userId, boolean enabled) {
        int updated =
                jdbc.sql("""
                        UPDATE user_account SET enabled = :enabled, version = version + 1
                         WHERE id = :id AND enabled <> :enabled
                        """).param("enabled", enabled).param("id", userId).update();
        if (updated > 0) {
            publish(actorId, userId, enabled ? "enabled" : "disabled");
        }
    }

    /** What an edit changed, in the plain words the audit trail shows. */
    static List<String> changes(UserView before, UserChoice after) {
        List<String> changes = new ArrayList<>();
        if (!before.name().equals(after.name()) || !before.email().equals(after.email())) {
            changes.add("details changed");
        }
        if (before.agencyId() != after.agencyId()) {
            changes.add("agency changed");
        }
        if (!before.teamId().equals(after.teamId())) {
            changes.add("team changed");
        }
        if (!Set.copyOf(before.areaIds()).equals(after.areaIds())) {
            changes.add("areas changed");
        }
        if (!Set.copyOf(before.roleCodes()).equals(after.roles())) {
            changes.add("roles changed");
        }
        if (!Objects.equals(before.managerId(), after.managerId())) {
            changes.add("manager changed");
        }
        return changes;
    }

    private void replaceAreasAndRoles(long userId, UserChoice choice) {
        jdbc.sql("DELETE FROM user_area WHERE user_id = :id")
                .param("id", userId)
                .update();
        jdbc.sql("DELETE FROM user_role WHERE user_id = :id")
                .param("id", userId)
                .update();
        for (long areaId : choice.areaIds()) {
            jdbc.sql("INSERT INTO user_area (user_id, area_id) VALUES (:user, :area)")
                    .param("user", userId)
                    .param("area", areaId)
                    .update();
        }
        for (String role : choice.roles()) {
            jdbc.sql("INSERT INTO user_role (user_id, role_code) VALUES (:user, :role)")
                    .param("user", userId)
                    .param("role", role)
                    .update();
        }
    }

    private void publish(long actorId, long userId, String change) {
        events.publishEvent(new UserAccountChanged(actorId, userId, change, clock.instant()));
    }
}
