package app.haven.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Users' enrolled authenticator apps and their recovery codes. */
@Repository
class MfaEnrolments {

    /** An enrolled authenticator: its key (never shown again) and the last time step accepted. */
    record Enrolment(String secretBase32, long lastUsedStep) {}

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    MfaEnrolments(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    Optional<Enrolment> find(long userId) {
        return jdbc.sql("SELECT secret_base32, last_used_step FROM user_mfa WHERE user_id = :id")
                .param("id", userId)
                .query((rs, row) -> new Enrolment(rs.getString(1), rs.getLong(2)))
                .optional();
    }

    boolean isEnrolled(long userId) {
        return find(userId).isPresent();
    }

    /** Replaces any earlier enrolment, and with it the earlier recovery codes. */
    @Transactional
    void enrol(long userId, String secretBase32, long usedStep, List<String> recoveryCodeHashes, Instant at) {
        remove(userId);
        jdbc.sql("""
                        INSERT INTO user_mfa (user_id, secret_base32, enrolled_at, last_used_step)
                        VALUES (:id, :secret, :at, :step)
                        """)
                .param("id", userId)
                .param("secret", secretBase32)
                .param("at", Timestamp.from(at))
                .param("step", usedStep)
                .update();
        for (String hash : recoveryCodeHashes) {
            jdbc.sql("INSERT INTO user_recovery_code (user_id, code_hash) VALUES (:id, :hash)")
                    .param("id", userId)
                    .param("hash", hash)
                    .update();
        }
        events.publishEvent(new UserAccountChanged(userId, userId, "authenticator app set up", at));
    }

    /** Records the step as used unless a later one already was: two racing requests cannot both win. */
    boolean useStep(long userId, long step) {
        return jdbc.sql("UPDATE user_mfa SET last_used_step = :step WHERE user_id = :id AND last_used_step < :step")
                        .param("step", step)
                        .param("id", userId)
                        .update()
                == 1;
    }

    /** Spends a recovery code: true only the first time. */
    boolean useRecoveryCode(long userId, String codeHash, Instant at) {
        return jdbc.sql("""
                                UPDATE user_recovery_code SET used_at = :at
                                 WHERE user_id = :id AND code_hash = :hash AND used_at IS NULL
                                """)
                        .param("at", Timestamp.from(at))
                        .param("id", userId)
                        .param("hash", codeHash)
                        .update()
                == 1;
    }

    int unusedRecoveryCodes(long userId) {
        return jdbc.sql("SELECT count(*) FROM user_recovery_code WHERE user_id = :id AND used_at IS NULL")
                .param("id", userId)
                .query(Integer.class)
                .single();
    }

    @Transactional
    void remove(long userId) {
        jdbc.sql("DELETE FROM user_recovery_code WHERE user_id = :id")
                .param("id", userId)
                .update();
        jdbc.sql("DELETE FROM user_mfa WHERE user_id = :id").param("id", userId).update();
    }
}
