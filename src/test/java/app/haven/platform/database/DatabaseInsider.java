package app.haven.platform.database;

import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Connections to a test context's throw-away database with more power than Haven has: the cluster's superuser
 * (an insider with the database administrator's login) and the owner role (the migrations' login). Tests use
 * them to do what the application's own role is refused.
 */
public final class DatabaseInsider {

    private DatabaseInsider() {}

    /** The superuser, on the same database as the application's pool. */
    public static JdbcClient superuser(JdbcClient application) {
        EmbeddedPostgres server = ThrowawayPostgres.server();
        return JdbcClient.create(
                source(server.jdbcUrl(databaseOf(application)), EmbeddedPostgres.SUPERUSER, server.password()));
    }

    /** The owner role, on the same database as the application's pool. */
    public static JdbcClient owner(JdbcClient application) {
        EmbeddedPostgres server = ThrowawayPostgres.server();
        return JdbcClient.create(source(
                server.jdbcUrl(databaseOf(application)),
                server.owner().user(),
                server.owner().password()));
    }

    /** A new, empty database on the test server, and the logins Haven would use on it. */
    public record FreshDatabase(String url, String ownerUser, String ownerPassword, String applicationUser) {

        public DataSource owner() {
            return source(url, ownerUser, ownerPassword);
        }
    }

    public static FreshDatabase freshDatabase() {
        EmbeddedPostgres server = ThrowawayPostgres.server();
        return new FreshDatabase(
                server.jdbcUrl(ThrowawayPostgres.newDatabase()),
                server.owner().user(),
                server.owner().password(),
                server.application().user());
    }

    /** The superuser as a DataSource, for the benchmarks' bulk loads, which drop and rebuild indexes, vacuum and checkpoint. */
    public static DataSource superuserDataSource(DataSource application) {
        EmbeddedPostgres server = ThrowawayPostgres.server();
        return source(
                server.jdbcUrl(databaseOf(JdbcClient.create(application))),
                EmbeddedPostgres.SUPERUSER,
                server.password());
    }

    private static String databaseOf(JdbcClient application) {
        return application.sql("SELECT current_database()").query(String.class).single();
    }

    private static DataSource source(String url, String user, String password) {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), url, user, password);
    }
}
