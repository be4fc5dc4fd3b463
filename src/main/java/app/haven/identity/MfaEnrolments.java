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

    /**
     * An enrolled authenticator: its key (opened from its sealed form; never shown again), the last time step
     * accepted, and whether it is sealed under the current key.
     */
    record Enrolment(String secretBase32, long lastUsedStep, boolean sealedWithCurrentKey) {}

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final MfaSecrets secrets;

    MfaEnrolments(JdbcClient jdbc, ApplicationEventPublisher events, MfaSecrets secrets) {
        this.jdbc = jdbc;
        this.events = events;
        this.secrets = secrets;
    }

    Optional<Enrolment> find(long userId) {
        return jdbc.sql("SELECT secret_sealed, last_used_step FROM user_mfa WHERE user_id = :id")
                .param("id", userId)
                .query((rs, row) -> new Enrolment(
                        secrets.open(userId, rs.getString(1)), rs.getLong(2), secrets.current(rs.getString(1))))
                .optional();
    }

    boolean isEnrolled(long userId) {
        return jdbc.sql("SELECT count(*) FROM user_mfa WHERE user_id = :id")
                        .param("id", userId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Seals the key again under the current key, after the MFA key was rotated. */
    void reseal(long userId, String secretBase32) {
        jdbc.sql("UPDATE user_mfa SET secret_sealed = :sealed WHERE user_id = :id")
                .param("sealed", secrets.seal(userId, secretBase32))
                .param("id", userId)
                .update();
    }

    /** Replaces any earlier enrolment, and with it the earlier recovery codes. */
    @Transactional
    void enrol(long userId, String secretBase32, long usedStep, List<String> recoveryCodeHashes, Instant at) {
        remove(userId);
        jdbc.sql("""
                        INSERT INTO user_mfa (user_id, secret_sealed, enrolled_at, last_used_step)
                        VALUES (:id, :secret, :at, :step)
                        """)
                .param("id", userId)
                .param("secret", secrets.seal(userId, secretBase32))
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
