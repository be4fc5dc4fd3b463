package app.haven.platform.database;

import app.haven.platform.DatabaseLocation;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Haven's database: the external PostgreSQL named by {@code HAVEN_DB_URL}, or else the embedded server,
 * started before anything needs a connection and stopped after the connection pool has closed.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Pattern CREDENTIALS_IN_URL = Pattern.compile("(?i)(password|user)=[^&]*");

    @Bean(destroyMethod = "close")
    DatabaseServer databaseServer(DatabaseSettings settings, @Value("${haven.data-dir:./data}") Path dataDirectory) {
        if (settings.external()) {
            return new DatabaseServer(
                    settings.url(),
                    settings.user(),
                    settings.password(),
                    10,
                    new DatabaseLocation(
                            false, CREDENTIALS_IN_URL.matcher(settings.url()).replaceAll("$1=…")),
                    () -> {});
        }
        if (settings.throwaway()) {
            EmbeddedPostgres server = ThrowawayPostgres.server();
            String database = ThrowawayPostgres.newDatabase();
            // The shared server outlives this context; the JVM's shutdown hook stops it.
            return new DatabaseServer(
                    server.jdbcUrl(database),
                    EmbeddedPostgres.SUPERUSER,
                    server.password(),
                    4,
                    new DatabaseLocation(true, "throw-away test database " + database),
                    () -> {});
        }
        EmbeddedPostgres server = EmbeddedPostgres.start(dataDirectory, ServerSettings.defaults());
        server.createDatabaseIfMissing("haven");
        return new DatabaseServer(
                server.jdbcUrl("haven"),
                EmbeddedPostgres.SUPERUSER,
                server.password(),
                10,
                new DatabaseLocation(
                        true, dataDirectory.toAbsolutePath().normalize().toString()),
                server::close);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseServer server) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.url());
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setMaximumPoolSize(server.poolSize());
        config.setMinimumIdle(Math.min(2, server.poolSize()));
        config.setPoolName("haven");
        return new HikariDataSource(config);
    }

    @Bean
    DatabaseLocation databaseLocation(DatabaseServer server) {
        return server.location();
    }

    /** What the pool connects to, and what to do when the application stops. */
    record DatabaseServer(
            String url, String user, String password, int poolSize, DatabaseLocation location, AutoCloseable onClose)
            implements AutoCloseable {

        @Override
        public void close() throws Exception {
            onClose.close();
        }
    }
}
