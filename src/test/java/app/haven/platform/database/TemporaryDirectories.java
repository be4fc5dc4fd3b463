package app.haven.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Temporary directories the unprivileged server account can pass through (or, on purpose, cannot). */
final class TemporaryDirectories {

    private TemporaryDirectories() {}

    static Path open(String prefix) throws IOException {
        return Files.createTempDirectory(
                prefix, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    }

    static Path ownerOnly(String prefix) throws IOException {
        return Files.createTempDirectory(
                prefix, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }
}
