package app.haven.identity;

import app.haven.platform.DatabaseLocation;
import app.haven.platform.DemoData;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to serve a real (external) database that holds enabled demo accounts: their shared password was
 * printed on a console, so they must never reach production. Runs once every bean, Flyway's migration
 * included, is ready and before the web server accepts a request.
 */
@Component
class DemoAccountGuard implements SmartInitializingSingleton {

    private final DatabaseLocation database;
    private final JdbcClient jdbc;
    private final boolean allowed;

    DemoAccountGuard(
            DatabaseLocation database,
            JdbcClient jdbc,
            @Value("${haven.allow-demo-accounts-in-external-database:false}") boolean allowed) {
        this.database = database;
        this.jdbc = jdbc;
        this.allowed = allowed;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (database.embedded() || allowed) {
            return;
        }
        long demoAccounts = jdbc.sql("SELECT count(*) FROM user_account WHERE enabled AND email LIKE :pattern")
                .param("pattern", "%@" + DemoData.FICTIONAL_DOMAIN)
                .query(Long.class)
                .single();
        if (demoAccounts > 0) {
            throw new IllegalStateException(demoAccounts + " enabled demo accounts (@" + DemoData.FICTIONAL_DOMAIN
                    + ") are in the database at " + database.description()
                    + ". Disable them before Haven will serve it.");
        }
    }
}
