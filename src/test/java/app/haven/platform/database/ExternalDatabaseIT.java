package app.haven.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haven.HavenApplication;
import app.haven.platform.DatabaseLocation;
import app.haven.platform.KeyRing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/** With HAVEN_DB_URL set, Haven uses that server, migrates it, and starts no server of its own. */
class ExternalDatabaseIT {

    private Path directory;
    private EmbeddedPostgres separateServer;

    @AfterEach
    void stop() throws IOException {
        if (separateServer != null) {
            separateServer.close();
        }
        FileSystemUtils.deleteRecursively(directory);
    }

    @Test
    void usesTheExternalServerAndStartsNothing() throws IOException {
        directory = TemporaryDirectories.open("haven-external-");
        separateServer = EmbeddedPostgres.start(directory.resolve("separate"), ServerSettings.defaults());
        separateServer.createDatabaseIfMissing("partnership");
        Path unusedDataDirectory = directory.resolve("never-created");

        try (ConfigurableApplicationContext haven = new SpringApplicationBuilder(HavenApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--haven.db.url=" + separateServer.jdbcUrl("partnership"),
                        "--haven.db.user=" + EmbeddedPostgres.SUPERUSER,
                        "--haven.db.password=" + separateServer.password(),
                        "--haven.db.mode=persistent",
                        "--haven.data-dir=" + unusedDataDirectory,
                        "--haven.audit.chain-key-file=" + keyFile("audit-chain.key"),
                        "--haven.security.mfa-key-file=" + keyFile("mfa-secret.key"),
                        "--haven.audit.head-file="
                                + directory.resolve("published").resolve("audit-heads.log"),
                        "--haven.engagement.files-dir=" + directory.resolve("resource-files"),
                        "--haven.demo.enabled=true")) {
            DatabaseLocation location = haven.getBean(DatabaseLocation.class);
            assertThat(location.embedded()).isFalse();
            assertThat(location.description()).contains("partnership").doesNotContain(separateServer.password());
            JdbcClient jdbc = haven.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT current_database()").query(String.class).single())
                    .isEqualTo("partnership");
            assertThat(jdbc.sql("SELECT extname FROM pg_extension")
                            .query(String.class)
                            .list())
                    .contains("pg_trgm", "fuzzystrmatch", "citext");
            assertThat(jdbc.sql("SELECT count(*) FROM user_account")
                            .query(Long.class)
                            .single())
                    .as("no demo data in an external database")
                    .isZero();
        }
        assertThat(unusedDataDirectory).doesNotExist();
    }

    @Test
    void refusesToStartWithoutAChainKeyKeptOutsideTheDatabase() throws IOException {
        directory = TemporaryDirectories.open("haven-external-");
        separateServer = EmbeddedPostgres.start(directory.resolve("separate"), ServerSettings.defaults());
        separateServer.createDatabaseIfMissing("partnership");

        assertThatThrownBy(() -> new SpringApplicationBuilder(HavenApplication.class)
                        .web(WebApplicationType.NONE)
                        .run(
                                "--haven.db.url=" + separateServer.jdbcUrl("partnership"),
                                "--haven.db.user="
                                        + separateServer.application().user(),
                                "--haven.db.password="
                                        + separateServer.application().password(),
                                "--haven.db.owner-user="
                                        + separateServer.owner().user(),
                                "--haven.db.owner-password="
                                        + separateServer.owner().password(),
                                "--haven.db.mode=persistent",
                                "--haven.data-dir=" + directory.resolve("never-created"),
                                "--haven.audit.head-file=" + directory.resolve("audit-heads.log"),
                                "--haven.security.mfa-key-file=" + keyFile("mfa-secret.key"))
                        .close())
                .hasStackTraceContaining("Set HAVEN_AUDIT_CHAIN_KEY_FILE");
    }

    private Path keyFile(String name) throws IOException {
        Path file = directory.resolve("keys").resolve(name);
        Files.createDirectories(file.getParent());
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, KeyRing.newKeyLine() + "\n");
        return file;
    }
}
