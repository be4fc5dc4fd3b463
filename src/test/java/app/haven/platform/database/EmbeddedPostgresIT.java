package app.haven.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.util.FileSystemUtils;

class EmbeddedPostgresIT {

    private final List<Path> cleanUp = new ArrayList<>();
    private final List<EmbeddedPostgres> running = new ArrayList<>();

    @AfterEach
    void stopAndRemove() throws IOException {
        running.forEach(EmbeddedPostgres::close);
        for (Path path : cleanUp) {
            FileSystemUtils.deleteRecursively(path);
        }
    }

    @Test
    void keepsCommittedDataBetweenRuns() throws Exception {
        Path data = directory().resolve("data");
        EmbeddedPostgres first = start(data);
        first.createDatabaseIfMissing("haven");
        execute(first, "CREATE TABLE note (text text); INSERT INTO note VALUES ('kept')");
        first.close();
        running.remove(first);

        EmbeddedPostgres second = start(data);
        assertThat(query(second, "SELECT text FROM note")).isEqualTo("kept");
        assertThat(Files.readString(data.resolve(EmbeddedPostgres.PASSWORD_FILE), StandardCharsets.UTF_8))
                .isEqualTo(second.password());
        assertThat(Files.getPosixFilePermissions(data.resolve(EmbeddedPostgres.PASSWORD_FILE)))
                .hasSize(2);
    }

    @Test
    void stopsAnOrphanedServerAndStartsAgainWithItsData() throws Exception {
        Path data = directory().resolve("data");
        EmbeddedPostgres orphan = EmbeddedPostgres.start(data, ServerSettings.defaults());
        orphan.createDatabaseIfMissing("haven");
        execute(orphan, "CREATE TABLE note (text text); INSERT INTO note VALUES ('survives')");
        long orphanPid = orphan.serverPid();

        // The orphan's owner never stops it, as when Haven is killed while its watchdog is gone too.
        EmbeddedPostgres restarted = start(data);
        assertThat(restarted.serverPid()).isNotEqualTo(orphanPid);
        assertThat(exitsWithinSeconds(orphanPid, 10))
                .as("the orphaned server has stopped")
                .isTrue();
        assertThat(query(restarted, "SELECT text FROM note")).isEqualTo("survives");
    }

    @Test
    void refusesToTakeTheDatabaseFromAHavenThatIsStillRunning() throws Exception {
        Path data = directory().resolve("data");
        EmbeddedPostgres first = start(data);
        // Pretend a different, live Java process started this server.
        Path owner = first.cluster().getParent().resolve(EmbeddedPostgres.OWNER_FILE);
        Process sleeper = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Sleeper.class.getName())
                .start();
        try {
            Files.writeString(owner, String.valueOf(sleeper.pid()));
            assertThatThrownBy(() -> start(data))
                    .isInstanceOf(EmbeddedDatabaseException.class)
                    .hasMessageContaining("another Haven (process " + sleeper.pid() + ")");
            assertThat(query(first, "SELECT 'still up'", "postgres")).isEqualTo("still up");
        } finally {
            sleeper.destroyForcibly().waitFor();
        }
    }

    /** A Java process that just stays alive, standing in for another running Haven. */
    static final class Sleeper {
        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(60_000);
        }
    }

    @Test
    void ownerAndApplicationRolesAreOrdinaryRolesWithTheirOwnKeptPasswords() throws Exception {
        Path data = directory().resolve("data");
        EmbeddedPostgres server = start(data);
        server.createDatabaseIfMissing("haven");

        assertThat(query(
                        server,
                        "SELECT string_agg(rolname || ':' || rolsuper, ',' ORDER BY rolname) FROM pg_roles"
                                + " WHERE rolname IN ('haven_owner', 'haven_app')"))
                .isEqualTo("haven_app:false,haven_owner:false");
        assertThat(query(server, "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'haven'"))
                .isEqualTo("haven_owner");
        assertThat(Files.readString(data.resolve(ClusterRoles.APPLICATION_PASSWORD_FILE)))
                .isEqualTo(server.application().password())
                .isNotEqualTo(server.owner().password())
                .isNotEqualTo(server.password());
        try (Connection app = DriverManager.getConnection(
                server.jdbcUrl("haven"),
                server.application().user(),
                server.application().password())) {
            assertThat(app.isValid(2)).isTrue();
        }
    }

    @Test
    void aDatabaseAnEarlierHavenMadeAsTheSuperuserIsHandedToTheOwner() throws Exception {
        Path data = directory().resolve("data");
        EmbeddedPostgres server = start(data);
        try (Connection postgres = connect(server, "postgres")) {
            postgres.createStatement().execute("CREATE DATABASE haven");
        }
        execute(
                server,
                "CREATE TABLE note (id bigint GENERATED ALWAYS AS IDENTITY, text text);"
                        + " CREATE FUNCTION shout(text) RETURNS text LANGUAGE sql AS 'SELECT upper($1)'");

        server.createDatabaseIfMissing("haven");

        assertThat(query(server, "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = 'note'"))
                .isEqualTo("haven_owner");
        assertThat(query(server, "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = 'note_id_seq'"))
                .isEqualTo("haven_owner");
        assertThat(query(server, "SELECT pg_get_userbyid(proowner) FROM pg_proc WHERE proname = 'shout'"))
                .isEqualTo("haven_owner");
        assertThat(query(server, "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'haven'"))
                .isEqualTo("haven_owner");
    }

    @Test
    void startsDespiteAStaleLockFile() throws Exception {
        Path data = directory().resolve("data");
        EmbeddedPostgres first = start(data);
        Path cluster = first.cluster();
        first.close();
        running.remove(first);
        // PID 1 is never a server of ours: the lock file is stale, as after a power cut.
        Files.writeString(cluster.resolve("postmaster.pid"), "1\n" + cluster + "\n0\n5432\n");

        EmbeddedPostgres second = start(data);
        assertThat(query(second, "SELECT 'up'", "postgres")).isEqualTo("up");
    }

    @Test
    void aRootOnlyParentMovesTheClusterWhereTheServerAccountCanReachIt() throws Exception {
        assumeThat(ServerAccount.forThisProcess().isRoot())
                .as("only root drops to nobody")
                .isTrue();
        Path data = TemporaryDirectories.ownerOnly("haven-private-").resolve("data");
        cleanUp.add(data.getParent());
        EmbeddedPostgres first = start(data);
        Path moved = first.cluster().getParent();
        cleanUp.add(moved);
        assertThat(first.cluster().startsWith(data.toRealPath())).isFalse();
        assertThat(Files.readString(data.resolve(ClusterLocation.MARKER)).strip())
                .isEqualTo(moved.toString());
        first.createDatabaseIfMissing("haven");
        execute(first, "CREATE TABLE note (text text); INSERT INTO note VALUES ('moved')");
        first.close();
        running.remove(first);

        EmbeddedPostgres again = start(data);
        assertThat(query(again, "SELECT text FROM note")).isEqualTo("moved");
        again.close();
        running.remove(again);

        // Deleting the data directory is the README's reset: the moved cluster goes with it.
        FileSystemUtils.deleteRecursively(data);
        EmbeddedPostgres reset = start(data);
        reset.createDatabaseIfMissing("haven");
        assertThat(query(reset, "SELECT count(*) FROM pg_tables WHERE tablename = 'note'"))
                .isEqualTo("0");
    }

    @Test
    void aDataDirectoryThatIsAFileGetsAOneLineExplanation() throws Exception {
        Path file = Files.createFile(directory().resolve("not-a-directory"));
        assertThatThrownBy(() -> start(file))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessage("the data directory " + file.toRealPath() + " is a file, not a directory.")
                .satisfies(failure -> {
                    FailureAnalysis analysis = new EmbeddedDatabaseFailureAnalyzer().analyze(failure);
                    assertThat(analysis.getDescription())
                            .doesNotContain("\n")
                            .startsWith("Haven's embedded PostgreSQL");
                    assertThat(analysis.getAction()).contains("HAVEN_DATA_DIR");
                });
    }

    /** The postmaster removes its lock file just before it exits, so allow it a moment to be gone. */
    private static boolean exitsWithinSeconds(long pid, int seconds) throws InterruptedException {
        for (int tenth = 0; tenth < seconds * 10; tenth++) {
            if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private Path directory() throws IOException {
        Path directory = TemporaryDirectories.open("haven-launcher-");
        cleanUp.add(directory);
        return directory;
    }

    private EmbeddedPostgres start(Path data) {
        EmbeddedPostgres server = EmbeddedPostgres.start(data, ServerSettings.defaults());
        running.add(server);
        return server;
    }

    private static void execute(EmbeddedPostgres server, String sql) throws SQLException {
        try (Connection connection = connect(server, "haven");
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(EmbeddedPostgres server, String sql) throws SQLException {
        return query(server, sql, "haven");
    }

    private static String query(EmbeddedPostgres server, String sql, String database) throws SQLException {
        try (Connection connection = connect(server, database);
                var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static Connection connect(EmbeddedPostgres server, String database) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(database), EmbeddedPostgres.SUPERUSER, server.password());
    }
}
