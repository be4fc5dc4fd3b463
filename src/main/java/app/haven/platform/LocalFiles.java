package app.haven.platform;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where Haven keeps files that must not live in its database (keys, the published audit chain heads). With the
 * embedded database that is the data directory (for tests, a directory of each throw-away database); with an
 * external database there is no default, and each such file must be named by its setting.
 *
 * @param directory the data directory, or empty with an external database
 */
public record LocalFiles(Optional<Path> directory) {

    /**
     * The file a setting names, or else the default name in the data directory.
     *
     * @throws IllegalStateException when neither is available: Haven must not start without it
     */
    public Path file(String configured, String defaultName, String variable) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip());
        }
        return directory
                .map(dir -> dir.resolve(defaultName))
                .orElseThrow(() -> new IllegalStateException("Set " + variable + ": with an external database Haven"
                        + " needs this file kept outside the database (see docs/operations.md)"));
    }
}
