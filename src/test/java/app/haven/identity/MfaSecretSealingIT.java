package app.haven.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.platform.LocalFiles;
import app.haven.platform.database.DatabaseInsider;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Authenticator keys an earlier Haven stored in plain Base32 are sealed by the migrations, and still work. */
class MfaSecretSealingIT {

    static final String PLAIN = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @TempDir
    Path data;

    @Test
    void keysStoredInPlainAreSealedAndThePlainColumnIsGone() {
        DatabaseInsider.FreshDatabase database = DatabaseInsider.freshDatabase();
        migrations(database).target("113").load().migrate();
        JdbcClient owner = JdbcClient.create(database.owner());
        long agency = owner.sql("INSERT INTO agency (name, kind) VALUES ('Test agency', 'POLICE') RETURNING id")
                .query(Long.class)
                .single();
        long user = owner.sql("""
                        INSERT INTO user_account (email, display_name, agency_id, password_hash, created_at)
                        VALUES ('old.user@example.invalid', 'Old User', :agency, 'x', now()) RETURNING id
                        """).param("agency", agency).query(Long.class).single();
        owner.sql("INSERT INTO user_mfa (user_id, secret_base32, enrolled_at) VALUES (:id, :secret, now())")
                .param("id", user)
                .param("secret", PLAIN)
                .update();
        MfaSecrets secrets = new MfaSecrets("", new LocalFiles(Optional.of(data)));

        migrations(database)
                .javaMigrations(new MfaSecretSealing(secrets))
                .load()
                .migrate();

        String sealed = owner.sql("SELECT secret_sealed FROM user_mfa WHERE user_id = :id")
                .param("id", user)
                .query(String.class)
                .single();
        assertThat(sealed).doesNotContain(PLAIN);
        assertThat(secrets.open(user, sealed)).isEqualTo(PLAIN);
        assertThat(owner.sql("SELECT count(*) FROM information_schema.columns"
                                + " WHERE table_name = 'user_mfa' AND column_name = 'secret_base32'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static FluentConfiguration migrations(DatabaseInsider.FreshDatabase database) {
        return Flyway.configure()
                .dataSource(database.url(), database.ownerUser(), database.ownerPassword())
                .locations("classpath:db/migration")
                .placeholders(Map.of("app_role", database.applicationUser()));
    }
}
