package app.haven.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 114: seals the authenticator keys stored in plain Base32 before V113 (issue 11). A Java migration
 * because the key lives outside the database; V115 then drops the plain column. Spring Boot hands every
 * {@link JavaMigration} bean to Flyway.
 */
@Component
class MfaSecretSealing implements JavaMigration {

    private final MfaSecrets secrets;

    MfaSecretSealing(MfaSecrets secrets) {
        this.secrets = secrets;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("114");
    }

    @Override
    public String getDescription() {
        return "seal mfa secrets";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement plain = connection.prepareStatement(
                        "SELECT user_id, secret_base32 FROM user_mfa WHERE secret_sealed IS NULL");
                PreparedStatement seal = connection.prepareStatement(
                        "UPDATE user_mfa SET secret_sealed = ?, secret_base32 = NULL WHERE user_id = ?");
                ResultSet rows = plain.executeQuery()) {
            while (rows.next()) {
                long userId = rows.getLong(1);
                seal.setString(1, secrets.seal(userId, rows.getString(2)));
                seal.setLong(2, userId);
                seal.executeUpdate();
            }
        }
    }
}
