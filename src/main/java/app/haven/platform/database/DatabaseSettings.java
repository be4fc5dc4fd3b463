package app.haven.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Haven reaches its database ({@code haven.db.*}; environment {@code HAVEN_DB_URL} and friends).
 *
 * @param url an external PostgreSQL's JDBC URL; empty means start the embedded server
 * @param user the external server's role the application runs as (least privilege: see docs/operations.md)
 * @param password that role's password
 * @param ownerUser the external server's role that owns the schema and runs the migrations; empty means the
 *     application's role does both, as before (Haven warns: the audit then rests on its key and published heads)
 * @param ownerPassword the owner role's password
 * @param mode {@code persistent} (the embedded server keeps its data in {@code haven.data-dir}) or
 *     {@code throwaway} (tests: one temporary server per JVM, a fresh database per application context)
 */
@ConfigurationProperties("haven.db")
record DatabaseSettings(String url, String user, String password, String ownerUser, String ownerPassword, String mode) {

    static final String THROWAWAY = "throwaway";

    DatabaseSettings {
        url = url == null ? "" : url.strip();
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        ownerUser = ownerUser == null ? "" : ownerUser.strip();
        ownerPassword = ownerPassword == null ? "" : ownerPassword;
        mode = mode == null || mode.isBlank() ? "persistent" : mode.strip();
    }

    boolean external() {
        return !url.isEmpty();
    }

    boolean throwaway() {
        return THROWAWAY.equals(mode);
    }

    /** The login that runs the migrations on an external server. */
    EmbeddedPostgres.Login owner() {
        return ownerUser.isEmpty()
                ? new EmbeddedPostgres.Login(user, password)
                : new EmbeddedPostgres.Login(ownerUser, ownerPassword);
    }
}
