package app.haven.platform.database;

import app.haven.platform.DatabaseLocation;
import app.haven.platform.LocalFiles;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Haven's database: the external PostgreSQL named by {@code HAVEN_DB_URL}, or else the embedded server,
 * started before anything needs a connection and stopped after the connection pool has closed. The pool
 * connects as the application's least-privilege role; Flyway migrates as the owner role (ADR 0010).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);
    private static final Pattern CREDENTIALS_IN_URL = Pattern.compile("(?i)(password|user)=[^&]*");

    /** The Flyway placeholder naming the role the migrations grant the application's privileges to. */
    static final String APPLICATION_ROLE_PLACEHOLDER = "app_role";

    /** How often Haven checks that the embedded server still runs, and restarts it if not. */
    static final Duration WATCH_INTERVAL = Duration.ofSeconds(1);

    @Bean(destroyMethod = "close")
    DatabaseServer databaseServer(DatabaseSettings settings, @Value("${haven.data-dir:./data}") Path dataDirectory) {
        if (settings.external()) {
            return external(settings);
        }
        if (settings.throwaway()) {
            EmbeddedPostgres server = ThrowawayPostgres.server();
            String database = ThrowawayPostgres.newDatabase();
            // The shared server outlives this context; the JVM's shutdown hook stops it.
            return new DatabaseServer(
                    server.jdbcUrl(database),
                    server.application(),
                    server.owner(),
                    4,
                    new DatabaseLocation(true, "throw-away test database " + database),
                    Optional.of(ThrowawayPostgres.filesOf(database)),
                    Optional.of(server),
                    () -> {});
        }
        EmbeddedPostgres server = EmbeddedPostgres.start(dataDirectory, ServerSettings.defaults());
        server.createDatabaseIfMissing("haven");
        server.watch(WATCH_INTERVAL);
        Path data = dataDirectory.toAbsolutePath().normalize();
        return new DatabaseServer(
                server.jdbcUrl("haven"),
                server.application(),
                server.owner(),
                10,
                new DatabaseLocation(true, data.toString()),
                Optional.of(data),
                Optional.of(server),
                server::close);
    }

    private static DatabaseServer external(DatabaseSettings settings) {
        if (settings.ownerUser().isEmpty() || settings.ownerUser().equals(settings.user())) {
            log.warn("HAVEN_DB_OWNER_USER is not set: Haven runs as the role that owns its tables, which can rewrite"
                    + " the audit log. The chain key and published heads still reveal it; see docs/operations.md to"
                    + " run Haven as a least-privilege role.");
        }
        return new DatabaseServer(
                settings.url(),
                new EmbeddedPostgres.Login(settings.user(), settings.password()),
                settings.owner(),
                10,
                new DatabaseLocation(
                        false, CREDENTIALS_IN_URL.matcher(settings.url()).replaceAll("$1=…")),
                Optional.empty(),
                Optional.empty(),
                () -> {});
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseServer server) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.url());
        config.setUsername(server.application().user());
        config.setPassword(server.application().password());
        config.setMaximumPoolSize(server.poolSize());
        config.setMinimumIdle(Math.min(2, server.poolSize()));
        config.setPoolName("haven");
        return new HikariDataSource(config);
    }

    /** Migrations run as the owner, and grant the application's role what it needs (V110). */
    @Bean
    FlywayConfigurationCustomizer migrateAsOwner(DatabaseServer server) {
        return flyway -> {
            flyway.dataSource(
                    server.url(), server.owner().user(), server.owner().password());
            Map<String, String> placeholders = new HashMap<>(flyway.getPlaceholders());
            placeholders.put(APPLICATION_ROLE_PLACEHOLDER, server.application().user());
            flyway.placeholders(placeholders);
        };
    }

    /** {@code database} in the readiness group: DOWN within seconds of the database going away. */
    @Bean
    HealthIndicator databaseHealthIndicator(DatabaseServer server) {
        return new DatabaseHealth(server);
    }

    /** {@code embeddedDatabase} in the liveness group: DOWN when the embedded server died for good. */
    @Bean
    HealthIndicator embeddedDatabaseHealthIndicator(DatabaseServer server) {
        return DatabaseHealth.liveness(server.embedded());
    }

    @Bean
    DatabaseLocation databaseLocation(DatabaseServer server) {
        return server.location();
    }

    @Bean
    LocalFiles localFiles(DatabaseServer server) {
        return new LocalFiles(server.localFiles());
    }

    /** What the pool connects to, who migrates, and what to do when the application stops. */
    record DatabaseServer(
            String url,
            EmbeddedPostgres.Login application,
            EmbeddedPostgres.Login owner,
            int poolSize,
            DatabaseLocation location,
            Optional<Path> localFiles,
            Optional<EmbeddedPostgres> embedded,
            AutoCloseable onClose)
            implements AutoCloseable {

        @Override
        public void close() throws Exception {
            onClose.close();
        }
    }
}
