package app.haven.engagement;

import app.haven.platform.LocalFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where uploaded resource files are kept: a directory outside the web root (by default {@code resources} in the data
 * directory; {@code HAVEN_RESOURCE_FILES_DIR} with an external database), each under a random name, never the name the
 * uploader gave, so no upload can choose its own path.
 */
@Component
class ResourceFiles {

    private final Path directory;

    ResourceFiles(@Value("${haven.engagement.files-dir:}") String configured, LocalFiles files) {
        this.directory = files.file(configured, "resources", "HAVEN_RESOURCE_FILES_DIR");
    }

    /** Stores the file and returns its key. */
    String store(InputStream content) {
        String key = UUID.randomUUID().toString();
        try {
            Files.createDirectories(directory);
            Path target = pathOf(key);
            Path partial = directory.resolve(key + ".part");
            Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Removes a file stored for a save that did not happen. */
    void discard(String key) {
        try {
            Files.deleteIfExists(pathOf(key));
        } catch (IOException ignored) {
            // A stray file with a random name harms nothing; the save already failed.
        }
    }

    Path pathOf(String key) {
        // Keys are UUIDs made here: parsing one again refuses anything that could climb out of the directory.
        return directory.resolve(UUID.fromString(key).toString());
    }
}
