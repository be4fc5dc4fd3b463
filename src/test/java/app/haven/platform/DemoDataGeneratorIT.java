package app.haven.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Its own application context, and so its own empty database: the assertions count every row. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "haven.test.database=demo-data")
class DemoDataGeneratorIT {

    private static final Pattern PASSWORD = Pattern.compile("Password for every demo account: (\\S+)");

    @Autowired
    DemoDataGenerator generator;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void generatesADemoUserForEveryRoleInEveryAreaOnceOnly() {
        var first = generator.generateOnce(1, Instant.now());
        assertThat(first).isPresent();
        long users = count("SELECT count(*) FROM user_account");

        assertThat(generator.generateOnce(1, Instant.now())).isEmpty();
        assertThat(count("SELECT count(*) FROM user_account")).isEqualTo(users);

        List<String> areas = jdbc.sql("SELECT name FROM area ORDER BY name")
                .query(String.class)
                .list();
        assertThat(areas).containsExactly("Cheshire East", "Cheshire West and Chester", "Halton", "Warrington");
        long perAreaRoles = count("""
                SELECT count(*) FROM (
                  SELECT a.id, r.code FROM area a CROSS JOIN role r
                   WHERE r.code NOT IN ('PARTNERSHIP_ANALYST', 'SYSTEM_ADMINISTRATOR')
                     AND NOT EXISTS (SELECT 1 FROM user_role ur JOIN user_area ua ON ua.user_id = ur.user_id
                                      WHERE ur.role_code = r.code AND ua.area_id = a.id)) missing
                """);
        assertThat(perAreaRoles).as("area/role pairs without a demo user").isZero();
        assertThat(count("SELECT count(*) FROM user_account WHERE email NOT LIKE '%@demo.haven.invalid'"))
                .isZero();
        assertThat(count("SELECT count(*) FROM agency WHERE name NOT LIKE '%(demo)'"))
                .isZero();

        Matcher password = PASSWORD.matcher(String.join("\n", first.get().announcements()));
        assertThat(password.find()).isTrue();
        String hash = jdbc.sql("SELECT password_hash FROM user_account WHERE email = 'admin@demo.haven.invalid'")
                .query(String.class)
                .single();
        assertThat(passwordEncoder.matches(password.group(1), hash)).isTrue();
        assertThat(password.group(1)).hasSizeGreaterThanOrEqualTo(12);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
