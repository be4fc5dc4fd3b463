package app.haven.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringApplication;
import org.springframework.util.FileSystemUtils;

/**
 * The tests' database server: one per JVM, on a temporary data directory that is removed when the JVM
 * exits. Each Spring application context asks it for a database of its own, so test classes never see each
 * other's rows and nothing needs cleaning between them.
 */
final class ThrowawayPostgres {

    /** Test contexts are cached (up to 32 by default), each with a small pool: allow for all of them. */
    private static final int MAX_CONNECTIONS = 300;

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;
    private static Path directory;

    private ThrowawayPostgres() {}

    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            server = startInTemporaryDirectory();
        }
        return server;
    }

    /** A new, empty database on the shared server. */
    static String newDatabase() {
        String name = "test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        server().createDatabaseIfMissing(name);
        return name;
    }

    /**
     * A directory of a database's own for the files Haven keeps outside it (keys, published chain heads), so a
     * test context never sees another's.
     */
    static Path filesOf(String database) {
        server();
        try {
            return Files.createDirectories(directory.resolve("files").resolve(database));
        } catch (IOException e) {
            throw new EmbeddedDatabaseException(
                    "cannot create a directory for the test database's files (" + e.getMessage() + ").",
                    "Check that java.io.tmpdir is writable.",
                    e);
        }
    }

    private static EmbeddedPostgres startInTemporaryDirectory() {
        try {
            // 0755, so the unprivileged server account can pass through when the tests run as root.
            directory = Files.createTempDirectory(
                    "haven-test-db-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            EmbeddedPostgres started =
                    EmbeddedPostgres.start(directory, ServerSettings.defaults().withMaxConnections(MAX_CONNECTIONS));
            started.watch(DatabaseConfiguration.WATCH_INTERVAL);
            // After every application context has closed (their pools and Modulith's registry still talk to
            // the server while closing); the watchdog stops the server should this never run.
            Path startedIn = directory;
            SpringApplication.getShutdownHandlers().add(() -> {
                started.stop("immediate");
                try {
                    FileSystemUtils.deleteRecursively(startedIn);
                } catch (IOException ignored) {
                    // The JVM is exiting; a leftover temporary directory is the worst outcome.
                }
            });
            return started;
        } catch (IOException e) {
            throw new EmbeddedDatabaseException(
                    "cannot create a temporary directory for the test database (" + e.getMessage() + ").",
                    "Check that java.io.tmpdir is writable.",
                    e);
        }
    }
}
