package app.haven.identity;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users' password hashes and whether they must choose a new password before anything else. */
@Repository
class AccountPasswords {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountPasswords(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    Optional<String> hash(long userId) {
        return jdbc.sql("SELECT password_hash FROM user_account WHERE id = :id")
                .param("id", userId)
                .query(String.class)
                .optional();
    }

    /** A new password the user chose themselves: the must-change flag, if set, is cleared. */
    void change(long userId, String newHash) {
        jdbc.sql("""
                        UPDATE user_account SET password_hash = :hash, password_must_change = false,
                               version = version + 1
                         WHERE id = :id
                        """).param("hash", newHash).param("id", userId).update();
        events.publishEvent(new UserAccountChanged(userId, userId, "password changed", clock.instant()));
    }

    boolean mustChange(long userId) {
        return jdbc.sql("SELECT password_must_change FROM user_account WHERE id = :id")
                .param("id", userId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    void requireChange(long userId) {
        jdbc.sql("UPDATE user_account SET password_must_change = true WHERE id = :id")
                .param("id", userId)
                .update();
    }
}
