package app.haven.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The two login roles Haven uses on the embedded server, besides the cluster's superuser (which only the
 * launcher uses, to create roles and databases). The owner owns the database and runs the migrations; the
 * application role is neither superuser nor owner, and gets only what the migrations grant it (V110): on
 * {@code audit_event}, INSERT and SELECT. Each has its own password, kept in the data directory like the
 * superuser's.
 */
final class ClusterRoles {

    static final String OWNER = "haven_owner";
    static final String APPLICATION = "haven_app";
    static final String OWNER_PASSWORD_FILE = "db-owner-password";
    static final String APPLICATION_PASSWORD_FILE = "db-app-password";

    private ClusterRoles() {}

    /** Creates both roles if missing and sets their passwords to those kept in the data directory. */
    static void ensure(Connection superuser, String ownerPassword, String applicationPassword) throws SQLException {
        ensureRole(superuser, OWNER, ownerPassword);
        ensureRole(superuser, APPLICATION, applicationPassword);
    }

    /**
     * Makes the owner role own a database and what an earlier Haven (which ran everything as the superuser)
     * created in it, so its migrations can go on; only the application role may connect besides the owner.
     */
    static void takeOver(Connection superuserOnDatabase, String database) throws SQLException {
        try (Statement sql = superuserOnDatabase.createStatement()) {
            sql.execute("ALTER DATABASE \"" + database + "\" OWNER TO " + OWNER);
            sql.execute("REVOKE ALL ON DATABASE \"" + database + "\" FROM PUBLIC");
            sql.execute("GRANT CONNECT, TEMPORARY ON DATABASE \"" + database + "\" TO " + APPLICATION);
            sql.execute(REASSIGN_SUPERUSER_OBJECTS);
        }
    }

    private static void ensureRole(Connection superuser, String role, String password) throws SQLException {
        // Role names are constants and passwords hex made by the launcher: nothing here comes from outside.
        try (Statement sql = superuser.createStatement()) {
            var exists = sql.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'");
            if (!exists.next()) {
                sql.execute("CREATE ROLE " + role);
            }
            sql.execute("ALTER ROLE " + role + " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION"
                    + " NOBYPASSRLS PASSWORD '" + password + "'");
        }
    }

    /**
     * Tables, sequences, views and functions in {@code public} that the superuser owns and no extension
     * does: identity sequences follow their table, so only free-standing ones are moved on their own.
     */
    private static final String REASSIGN_SUPERUSER_OBJECTS = """
            DO $$
            DECLARE
                item record;
            BEGIN
                FOR item IN
                    SELECT c.oid::regclass AS name
                    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                      AND c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
                      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                      AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))
                LOOP
                    EXECUTE format('ALTER TABLE %s OWNER TO haven_owner', item.name);
                END LOOP;
                FOR item IN
                    SELECT p.oid::regprocedure AS name
                    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                    WHERE n.nspname = 'public'
                      AND p.proowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
                      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                                      AND d.objid = p.oid AND d.deptype = 'e')
                LOOP
                    EXECUTE format('ALTER FUNCTION %s OWNER TO haven_owner', item.name);
                END LOOP;
            END
            $$
            """;
}
