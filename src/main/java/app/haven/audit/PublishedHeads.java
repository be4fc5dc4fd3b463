package app.haven.audit;

import app.haven.platform.LocalFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The append-only file the chain's head is published to, which the database's logins cannot reach. Lines are
 * only ever added (opened for append, flushed to disk before the publication counts); in production the file
 * sits where the database's administrators cannot write, with the file system's append-only flag (see
 * docs/operations.md). A line that does not parse makes verification fail: the file was tampered with.
 */
@Component
class PublishedHeads {

    static final String DEFAULT_FILE = "audit-heads.log";

    private final Path file;

    PublishedHeads(AuditSettings settings, LocalFiles files) {
        this.file = files.file(settings.headFile(), DEFAULT_FILE, AuditSettings.HEAD_FILE_VARIABLE);
    }

    Path file() {
        return file;
    }

    /** Every head published so far, oldest entry first. */
    List<ChainHead> all() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(ChainHead::parse)
                    .sorted(Comparator.comparingLong(ChainHead::lastId).thenComparing(ChainHead::publishedAt))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the published audit chain heads in " + file, e);
        }
    }

    Optional<ChainHead> latest() {
        List<ChainHead> heads = all();
        return heads.isEmpty() ? Optional.empty() : Optional.of(heads.get(heads.size() - 1));
    }

    synchronized void publish(ChainHead head) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            try (FileChannel channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap((head.line() + "\n").getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot publish the audit chain head to " + file, e);
        }
    }
}
