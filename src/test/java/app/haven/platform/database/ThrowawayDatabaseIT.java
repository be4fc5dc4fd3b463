package app.haven.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.platform.DatabaseLocation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tests get the same launcher on a temporary server, with a migrated database of their own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ThrowawayDatabaseIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DatabaseLocation location;

    @Test
    void migratesAFreshDatabaseOnTheSharedTestServer() {
        assertThat(location.embedded()).isTrue();
        assertThat(jdbc.sql("SELECT current_database()").query(String.class).single())
                .startsWith("test_");
        assertThat(jdbc.sql("SELECT extname FROM pg_extension")
                        .query(String.class)
                        .list())
                .contains("pg_trgm", "fuzzystrmatch", "citext");
        assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL 17");
    }
}
