package app.haven.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates accounts for tests with a known password. Each call makes a new area, agency and user, so tests
 * sharing a database never see each other's accounts.
 */
@Component
public class TestAccounts {

    public static final String PASSWORD = "correct-horse-battery-staple";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static volatile String passwordHash;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final HavenUserDetailsService users;
    private final MfaSecrets secrets;

    TestAccounts(JdbcClient jdbc, PasswordEncoder encoder, HavenUserDetailsService users, MfaSecrets secrets) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.users = users;
        this.secrets = secrets;
    }

    /** The signed-in principal this account would have, for MockMvc's {@code user(...)} and direct service calls. */
    public UserDetails principal(Account account) {
        return users.loadUserByUsername(account.email());
    }

    /** An account in the same area and agency as another (a colleague), with these roles. */
    public Account colleague(Account of, String... roles) {
        Account made = partner(of, roles);
        jdbc.sql(
                        "UPDATE user_account SET agency_id = (SELECT agency_id FROM user_account WHERE id = :of) WHERE id = :id")
                .param("of", of.id())
                .param("id", made.id())
                .update();
        return new Account(made.id(), made.email(), made.displayName(), of.agencyName(), of.areaName());
    }

    /** An account in the same area as another but in an agency of its own (a partner agency), with these roles. */
    public Account partner(Account of, String... roles) {
        Account made = create(roles);
        jdbc.sql(
                        "UPDATE user_area SET area_id = (SELECT area_id FROM user_area WHERE user_id = :of LIMIT 1) WHERE user_id = :id")
                .param("of", of.id())
                .param("id", made.id())
                .update();
        return new Account(made.id(), made.email(), made.displayName(), made.agencyName(), of.areaName());
    }

    /** Runs a service call as this signed-in user (the audit log needs to know who acted). */
    public static <T> T as(UserDetails user, java.util.function.Supplier<T> action) {
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                        user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    public record Account(long id, String email, String displayName, String agencyName, String areaName) {}

    public Account create(String... roles) {
        int n = SEQUENCE.incrementAndGet();
        String areaName = "Test Area " + n;
        long areaId = jdbc.sql("INSERT INTO area (code, name) VALUES (:code, :name) RETURNING id")
                .param("code", "test-area-" + n)
                .param("name", areaName)
                .query(Long.class)
                .single();
        String agencyName = "Test Agency " + n;
        long agencyId = jdbc.sql("INSERT INTO agency (name, kind) VALUES (:name, 'OTHER') RETURNING id")
                .param("name", agencyName)
                .query(Long.class)
                .single();
        String email = "user" + n + "@test.haven.invalid";
        String displayName = "Tess Tester" + n;
        long userId = jdbc.sql("""
                        INSERT INTO user_account (email, display_name, agency_id, password_hash, created_at)
                        VALUES (:email, :name, :agency, :hash, :now) RETURNING id
                        """)
                .param("email", email)
                .param("name", displayName)
                .param("agency", agencyId)
                .param("hash", hash())
                .param("now", Timestamp.from(Instant.now()))
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO user_area (user_id, area_id) VALUES (:user, :area)")
                .param("user", userId)
                .param("area", areaId)
                .update();
        for (String role : Set.of(roles)) {
            jdbc.sql("INSERT INTO user_role (user_id, role_code) VALUES (:user, :role)")
                    .param("user", userId)
                    .param("role", role)
                    .update();
        }
        return new Account(userId, email, displayName, agencyName, areaName);
    }

    public void disable(long userId) {
        jdbc.sql("UPDATE user_account SET enabled = false WHERE id = :id")
                .param("id", userId)
                .update();
    }

    /**
     * Enrols an authenticator app for the user, with a random key the test can make codes from, and the given
     * recovery codes (stored hashed, as Haven stores them).
     */
    public byte[] enrolMfa(long userId, String... recoveryCodes) {
        byte[] key = new byte[20];
        new java.security.SecureRandom().nextBytes(key);
        jdbc.sql("""
                        INSERT INTO user_mfa (user_id, secret_sealed, enrolled_at) VALUES (:id, :secret, now())
                        """)
                .param("id", userId)
                .param("secret", secrets.seal(userId, Base32.encode(key)))
                .update();
        for (String code : recoveryCodes) {
            jdbc.sql("INSERT INTO user_recovery_code (user_id, code_hash) VALUES (:id, :hash)")
                    .param("id", userId)
                    .param("hash", RecoveryCodes.hash(code))
                    .update();
        }
        return key;
    }

    public void requirePasswordChange(long userId) {
        jdbc.sql("UPDATE user_account SET password_must_change = true WHERE id = :id")
                .param("id", userId)
                .update();
    }

    /** bcrypt at cost 12 is slow by design; hash the shared test password once per JVM. */
    private String hash() {
        if (passwordHash == null) {
            passwordHash = encoder.encode(PASSWORD);
        }
        return passwordHash;
    }
}
