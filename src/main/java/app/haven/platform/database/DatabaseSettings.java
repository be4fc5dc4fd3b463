package app.haven.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Haven reaches its database ({@code haven.db.*}; environment {@code HAVEN_DB_URL} and friends).
 *
 * @param url an external PostgreSQL's JDBC URL; empty means start the embedded server
 * @param user the external server's user
 * @param password the external server's password
 * @param mode {@code persistent} (the embedded server keeps its data in {@code haven.data-dir}) or
 *     {@code throwaway} (tests: one temporary server per JVM, a fresh database per application context)
 */
@ConfigurationProperties("haven.db")
record DatabaseSettings(String url, String user, String password, String mode) {

    static final String THROWAWAY = "throwaway";

    DatabaseSettings {
        url = url == null ? "" : url.strip();
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        mode = mode == null || mode.isBlank() ? "persistent" : mode.strip();
    }

    boolean external() {
        return !url.isEmpty();
    }

    boolean throwaway() {
        return THROWAWAY.equals(mode);
    }
}
