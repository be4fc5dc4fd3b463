package app.haven.platform.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL 17 server that Haven runs itself: unpacked from a Maven artifact, its cluster in the data
 * directory, listening on 127.0.0.1 only on a free port, with password authentication. It recovers from a
 * Haven that was killed (an orphaned server or a stale lock file) and stops when Haven stops — or, through a
 * small watchdog, when Haven's process disappears without stopping it.
 */
final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    static final String SUPERUSER = "haven";
    static final String PASSWORD_FILE = "db-password";
    static final String OWNER_FILE = "haven.pid";
    private static final int START_ATTEMPTS = 3;

    private final PostgresBinaries binaries;
    private final ServerAccount account;
    private final ServerCommand commands;
    private final ClusterLocation location;
    private final String password;
    private final String ownerPassword;
    private final String applicationPassword;
    private int port;
    private int maxConnections;
    private Process watchdog;
    private ServerWatch watch;

    private EmbeddedPostgres(
            PostgresBinaries binaries, ServerAccount account, ClusterLocation location, Path dataDirectory) {
        this.binaries = binaries;
        this.account = account;
        this.commands = new ServerCommand(account);
        this.location = location;
        Path data = dataDirectory.toAbsolutePath();
        this.password = readOrCreatePassword(data.resolve(PASSWORD_FILE));
        this.ownerPassword = readOrCreatePassword(data.resolve(ClusterRoles.OWNER_PASSWORD_FILE));
        this.applicationPassword = readOrCreatePassword(data.resolve(ClusterRoles.APPLICATION_PASSWORD_FILE));
    }

    /** Starts (initialising the cluster on first use) the server for a data directory. */
    static EmbeddedPostgres start(Path dataDirectory, ServerSettings settings) {
        ServerAccount account = ServerAccount.forThisProcess();
        PostgresBinaries binaries = PostgresBinaries.unpackInto(settings.binaryCache(account));
        ClusterLocation location = ClusterLocation.resolve(dataDirectory, account, settings.relocationRoot());
        EmbeddedPostgres server = new EmbeddedPostgres(binaries, account, location, dataDirectory);
        server.initialiseIfNew();
        server.stopOrphanedServer();
        server.startOnFreePort(settings.maxConnections());
        server.startWatchdog();
        server.recordOwner();
        server.ensureRoles();
        return server;
    }

    int port() {
        return port;
    }

    String password() {
        return password;
    }

    /** The role that owns Haven's database and runs its migrations (not a superuser). */
    Login owner() {
        return new Login(ClusterRoles.OWNER, ownerPassword);
    }

    /** The role the application connects as: neither superuser nor owner. */
    Login application() {
        return new Login(ClusterRoles.APPLICATION, applicationPassword);
    }

    /** A role name and its password. */
    record Login(String user, String password) {}

    Path cluster() {
        return location.cluster();
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates the database, owned by the owner role, or hands an existing one to it. */
    void createDatabaseIfMissing(String name) {
        String database = name.replace("\"", "");
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, password);
                var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("CREATE DATABASE \"" + database + "\" OWNER " + ClusterRoles.OWNER);
                }
            }
            try (Connection inDatabase = DriverManager.getConnection(jdbcUrl(database), SUPERUSER, password)) {
                ClusterRoles.takeOver(inDatabase, database);
            }
        } catch (SQLException e) {
            throw new EmbeddedDatabaseException(
                    "could not create database " + name + " (" + e.getMessage() + ").",
                    "Check the server log in " + cluster() + ".",
                    e);
        }
    }

    @Override
    public void close() {
        stop("fast");
    }

    /**
     * Stops the server: {@code fast} rolls back open transactions and checkpoints, keeping every committed
     * one; {@code immediate} just ends it, for a throw-away server whose files are deleted next.
     */
    void stop(String mode) {
        if (watch != null) {
            watch.close();
        }
        if (watchdog != null) {
            watchdog.destroy();
        }
        var result = commands.run(List.of(pgCtl(), "-D", cluster().toString(), "-m", mode, "-w", "stop"), 60);
        if (!result.succeeded()) {
            log.warn("The embedded database did not stop cleanly: {}", result.tail());
        }
    }

    private void ensureRoles() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, password)) {
            ClusterRoles.ensure(connection, ownerPassword, applicationPassword);
        } catch (SQLException e) {
            throw new EmbeddedDatabaseException(
                    "could not create the database roles (" + e.getMessage() + ").",
                    "Check the server log in " + cluster() + ".",
                    e);
        }
    }

    private void initialiseIfNew() {
        Path cluster = cluster();
        if (Files.exists(cluster.resolve("PG_VERSION"))) {
            return;
        }
        try {
            // A directory without PG_VERSION is what an interrupted first start leaves: begin again.
            org.springframework.util.FileSystemUtils.deleteRecursively(cluster);
            Files.createDirectories(cluster);
            Path passwordFile = location.workspace().resolve(".initdb-password");
            Files.writeString(passwordFile, password, StandardCharsets.UTF_8);
            account.own(cluster);
            account.own(passwordFile);
            try {
                var result = commands.run(
                        List.of(
                                binaries.bin("initdb").toString(),
                                "-D",
                                cluster.toString(),
                                "-U",
                                SUPERUSER,
                                "-E",
                                "UTF8",
                                "--no-locale",
                                "-A",
                                "scram-sha-256",
                                "--pwfile=" + passwordFile),
                        120);
                if (!result.succeeded()) {
                    throw new EmbeddedDatabaseException(
                            "initdb failed: " + result.tail(),
                            "Check the disk has space and " + cluster + " is writable, then start Haven again.");
                }
            } finally {
                Files.deleteIfExists(passwordFile);
            }
            log.info("Created a new PostgreSQL cluster in {}", cluster);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException(
                    "could not create " + cluster + " (" + e.getMessage() + ").",
                    "Set HAVEN_DATA_DIR to a directory Haven may write to.",
                    e);
        }
    }

    /**
     * A lock file left behind means Haven was killed. If its server still runs it is ours, orphaned: stop it
     * (PostgreSQL's crash recovery keeps every committed transaction). Otherwise the lock file is stale.
     */
    private void stopOrphanedServer() {
        Path lockFile = cluster().resolve("postmaster.pid");
        if (!Files.exists(lockFile)) {
            return;
        }
        var status = commands.run(List.of(pgCtl(), "-D", cluster().toString(), "status"), 30);
        if (status.succeeded()) {
            refuseIfItsHavenIsStillRunning();
            log.warn("Stopping a database server left running by an earlier Haven that did not shut down");
            var stop = commands.run(List.of(pgCtl(), "-D", cluster().toString(), "-m", "fast", "-w", "stop"), 60);
            if (!stop.succeeded()) {
                throw new EmbeddedDatabaseException(
                        "an earlier database server still runs on " + cluster() + " and would not stop: " + stop.tail(),
                        "Stop the other Haven using this data directory, or set HAVEN_DATA_DIR to another one.");
            }
        }
        try {
            Files.deleteIfExists(lockFile);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException(
                    "could not remove the stale lock file " + lockFile + ".", "Delete it by hand and start again.", e);
        }
    }

    /**
     * A running server is an orphan only if the Haven that started it is gone; a second Haven pointed at the
     * same data directory must not take the first one's database away.
     */
    private void refuseIfItsHavenIsStillRunning() {
        Path owner = location.workspace().resolve(OWNER_FILE);
        try {
            long pid = Long.parseLong(Files.readString(owner).strip());
            boolean alive = pid != ProcessHandle.current().pid()
                    && ProcessHandle.of(pid)
                            .filter(ProcessHandle::isAlive)
                            .flatMap(handle -> handle.info().command())
                            .filter(command -> command.endsWith("java"))
                            .isPresent();
            if (alive) {
                throw new EmbeddedDatabaseException(
                        "another Haven (process " + pid + ") is using the data directory's database.",
                        "Stop that Haven first, or set HAVEN_DATA_DIR to another directory.");
            }
        } catch (IOException | NumberFormatException noOwnerRecorded) {
            // Nothing says who started it: treat it as an orphan.
        }
    }

    /** Notes which process runs this server, for {@link #refuseIfItsHavenIsStillRunning()}. */
    private void recordOwner() {
        try {
            Files.writeString(
                    location.workspace().resolve(OWNER_FILE),
                    String.valueOf(ProcessHandle.current().pid()));
        } catch (IOException e) {
            log.warn("Could not note this process as the database's owner: {}", e.getMessage());
        }
    }

    private void startOnFreePort(int maxConnections) {
        this.maxConnections = maxConnections;
        ServerCommand.Result result = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            port = freePort();
            result = startOn(port);
            if (result.succeeded()) {
                log.info("Embedded PostgreSQL 17 started on 127.0.0.1:{} with its data in {}", port, cluster());
                return;
            }
        }
        throw new EmbeddedDatabaseException(
                "the server would not start: " + result.tail() + " " + serverLogTail(),
                "Read " + cluster().resolve("server.log") + "; if the data directory is damaged, move it away to start"
                        + " afresh (see the README).");
    }

    private ServerCommand.Result startOn(int onPort) {
        String options = "-p " + onPort + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
                + " -c max_connections=" + maxConnections
                // Search over a million people keeps its tables and GIN index in memory; 128 MB (the default) does
                // not.
                + " -c shared_buffers=512MB";
        return commands.run(
                List.of(
                        pgCtl(),
                        "-D",
                        cluster().toString(),
                        "-l",
                        cluster().resolve("server.log").toString(),
                        "-o",
                        options,
                        "-w",
                        "-t",
                        "120",
                        "start"),
                150);
    }

    /** Whether the server process is alive: its lock file names a running process. */
    boolean running() {
        try {
            return ProcessHandle.of(serverPid()).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** True once the server died and could not be started again: Haven is no longer live. */
    boolean broken() {
        return watch != null && watch.broken();
    }

    /**
     * Starts the server again on the same port if it dies, so the connection pool finds it where it was;
     * PostgreSQL's crash recovery keeps every committed transaction.
     */
    synchronized void watch(Duration interval) {
        if (watch == null) {
            watch = ServerWatch.every(interval, new ServerWatch.Watched() {
                @Override
                public boolean running() {
                    return EmbeddedPostgres.this.running();
                }

                @Override
                public boolean startAgain() {
                    return restartOnSamePort();
                }
            });
        }
    }

    private boolean restartOnSamePort() {
        ServerCommand.Result result = startOn(port);
        if (result.succeeded()) {
            startWatchdog();
        } else {
            log.warn("The embedded database would not start on 127.0.0.1:{}: {}", port, result.tail());
        }
        return result.succeeded();
    }

    /**
     * Stops the server if this JVM dies without stopping it (kill -9, out of memory). It signals the one
     * server process it was started for (SIGINT: PostgreSQL's fast shutdown), never whatever server the
     * lock file names by then, so a Haven restarted at once keeps its new server.
     */
    private void startWatchdog() {
        String script = "while kill -0 \"$0\" 2>/dev/null || [ -d \"/proc/$0\" ]; do sleep 1; done; "
                + "kill -INT \"$1\" 2>/dev/null";
        if (watchdog != null) {
            watchdog.destroy();
        }
        try {
            long serverPid = serverPid();
            watchdog = new ProcessBuilder(account.command(List.of(
                            "sh",
                            "-c",
                            script,
                            String.valueOf(ProcessHandle.current().pid()),
                            String.valueOf(serverPid))))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
        } catch (IOException | RuntimeException e) {
            log.warn(
                    "No watchdog for the embedded database ({}); it will be stopped on the next start", e.getMessage());
        }
    }

    /** The postmaster's process id: the first line of its lock file. */
    long serverPid() throws IOException {
        return Long.parseLong(
                Files.readAllLines(cluster().resolve("postmaster.pid")).get(0).strip());
    }

    private String serverLogTail() {
        try {
            return ServerCommand.lastLines(Files.readString(cluster().resolve("server.log")));
        } catch (IOException e) {
            return "";
        }
    }

    private String pgCtl() {
        return binaries.bin("pg_ctl").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new EmbeddedDatabaseException(
                    "no free port on 127.0.0.1 (" + e.getMessage() + ").", "Check the loopback network is up.", e);
        }
    }

    /** The server's password: made up on first start and kept, readable only by its owner, in the data directory. */
    private static String readOrCreatePassword(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = HexFormat.of().formatHex(random);
            Files.createDirectories(file.getParent());
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password, StandardCharsets.UTF_8);
            return password;
        } catch (IOException e) {
            throw new EmbeddedDatabaseException(
                    "cannot read or write " + file + " (" + e.getMessage() + ").",
                    "Set HAVEN_DATA_DIR to a directory Haven may write to.",
                    e);
        }
    }
}
