package app.haven.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * Where the PostgreSQL cluster of a data directory lives. Normally {@code <data-dir>/postgres}. When Haven
 * runs as root and the unprivileged server account cannot reach the data directory (it sits under
 * {@code /root}, or a 0700 temporary directory), the cluster moves to a reachable place named after the data
 * directory, and a marker file in the data directory records it. Deleting the data directory (the README's
 * reset) deletes the marker, and the next start then wipes the moved cluster too.
 *
 * @param cluster the PostgreSQL data directory
 * @param workspace a directory beside it that the server account can reach, for files it must read
 */
record ClusterLocation(Path cluster, Path workspace) {

    private static final Logger log = LoggerFactory.getLogger(ClusterLocation.class);
    static final String MARKER = "postgres-location";

    static ClusterLocation resolve(Path dataDirectory, ServerAccount account, Path relocationRoot) {
        Path data = createDataDirectory(dataDirectory);
        Path marker = data.resolve(MARKER);
        try {
            if (account.canReach(data) && !Files.exists(marker)) {
                return new ClusterLocation(data.resolve("postgres"), data);
            }
            Path moved = relocationRoot.resolve(digest(data));
            if (!Files.exists(marker) && Files.exists(moved)) {
                log.info("The data directory {} was reset; removing its old database in {}", data, moved);
                FileSystemUtils.deleteRecursively(moved);
            }
            Files.createDirectories(moved);
            account.own(moved);
            Files.writeString(marker, moved + System.lineSeparator(), StandardCharsets.UTF_8);
            log.info("The database server's account cannot reach {}; its database files are kept in {}", data, moved);
            return new ClusterLocation(moved.resolve("postgres"), moved);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException(
                    "could not prepare the database directory for " + data + " (" + e.getMessage() + ").",
                    "Check that Haven may write to " + relocationRoot + ", or set HAVEN_DATA_DIR to a directory"
                            + " outside /root.",
                    e);
        }
    }

    private static Path createDataDirectory(Path dataDirectory) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(data);
            return data.toRealPath();
        } catch (FileAlreadyExistsException e) {
            throw new EmbeddedDatabaseException(
                    "the data directory " + data + " is a file, not a directory.",
                    "Set HAVEN_DATA_DIR to a directory (it is created if missing), or move the file away.",
                    e);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException(
                    "cannot create the data directory " + data + " (" + e.getMessage() + ").",
                    "Set HAVEN_DATA_DIR to a directory Haven may write to.",
                    e);
        }
    }

    private static String digest(Path data) {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(data.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
