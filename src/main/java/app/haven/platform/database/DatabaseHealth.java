package app.haven.platform.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether the database answers now, for the readiness probe: a connection of its own (not from the pool, which
 * would wait its full timeout for a dead server) with two-second timeouts, so readiness turns DOWN within
 * seconds of the database going away. With the embedded server, a server that died and could not be started
 * again also makes Haven not live ({@link #liveness()}).
 */
final class DatabaseHealth implements HealthIndicator {

    private static final String TIMEOUT_SECONDS = "2";

    /** Anyone may ask for readiness: answer from a check at most this old, so asking cannot flood the database. */
    private static final long REMEMBER_NANOS = 500_000_000L;

    private final DatabaseConfiguration.DatabaseServer server;
    private final AtomicReference<Checked> last =
            new AtomicReference<>(new Checked(0, Health.unknown().build()));

    private record Checked(long atNanos, Health health) {}

    DatabaseHealth(DatabaseConfiguration.DatabaseServer server) {
        this.server = server;
    }

    @Override
    public Health health() {
        Checked previous = last.get();
        if (previous.atNanos() != 0 && System.nanoTime() - previous.atNanos() < REMEMBER_NANOS) {
            return previous.health();
        }
        Health now = check();
        last.set(new Checked(System.nanoTime(), now));
        return now;
    }

    private Health check() {
        Properties properties = new Properties();
        properties.setProperty("user", server.application().user());
        properties.setProperty("password", server.application().password());
        properties.setProperty("connectTimeout", TIMEOUT_SECONDS);
        properties.setProperty("loginTimeout", TIMEOUT_SECONDS);
        properties.setProperty("socketTimeout", TIMEOUT_SECONDS);
        try (Connection connection = DriverManager.getConnection(server.url(), properties)) {
            return connection.isValid(Integer.parseInt(TIMEOUT_SECONDS))
                    ? Health.up().build()
                    : Health.down().withDetail("database", "not answering").build();
        } catch (SQLException e) {
            return Health.down().withDetail("database", "unreachable").build();
        }
    }

    /** DOWN only when the embedded server died and would not start again: then Haven must be restarted. */
    static HealthIndicator liveness(Optional<EmbeddedPostgres> embedded) {
        return () -> embedded.filter(EmbeddedPostgres::broken).isPresent()
                ? Health.down()
                        .withDetail("database", "the embedded database would not restart")
                        .build()
                : Health.up().build();
    }
}
