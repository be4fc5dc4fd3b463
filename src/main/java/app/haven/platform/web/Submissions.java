package app.haven.platform.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one-time tokens of submitted forms, in PostgreSQL so every node sees the same claim. Each statement commits
 * on its own: a claim is visible to a racing repeat at once, before the first submission's work is done.
 */
class Submissions {

    static final Duration KEPT = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    Submissions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True for the first request to bring this token (checked and claimed in one statement), false for a repeat. */
    boolean claim(UUID token, Long userId) {
        jdbc.sql("DELETE FROM form_submission WHERE claimed_at < :expired")
                .param("expired", Timestamp.from(clock.instant().minus(KEPT)))
                .update();
        return jdbc.sql("""
                                INSERT INTO form_submission (token, user_id, claimed_at) VALUES (:token, :user, :now)
                                ON CONFLICT (token) DO NOTHING
                                """)
                        .param("token", token)
                        .param("user", userId)
                        .param("now", Timestamp.from(clock.instant()))
                        .update()
                == 1;
    }

    /** The first submission was answered with a redirect to this path: a repeat gets the same. */
    void completed(UUID token, String path) {
        jdbc.sql("UPDATE form_submission SET redirect_to = :path WHERE token = :token")
                .param("path", path)
                .param("token", token)
                .update();
    }

    /** The first submission showed the form again (an error) or failed: the token may be sent again. */
    void released(UUID token) {
        jdbc.sql("DELETE FROM form_submission WHERE token = :token AND redirect_to IS NULL")
                .param("token", token)
                .update();
    }

    /**
     * What became of the first submission, as a repeat of the same user's sees it: its redirect once it has one;
     * empty when it was released, or did not finish in time.
     */
    Optional<String> outcome(UUID token, Long userId, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Optional<Optional<String>> row = jdbc.sql("SELECT redirect_to FROM form_submission WHERE token = :token"
                            + " AND user_id IS NOT DISTINCT FROM :user")
                    .param("token", token)
                    .param("user", userId)
                    .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                    .optional();
            if (row.isEmpty() || row.get().isPresent() || System.nanoTime() > deadline) {
                return row.flatMap(r -> r);
            }
            Thread.sleep(50);
        }
    }
}
