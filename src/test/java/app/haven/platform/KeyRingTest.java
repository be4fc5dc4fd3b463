package app.haven.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRingTest {

    @TempDir
    Path directory;

    @Test
    void aMissingDefaultFileIsMadeWithOneKeyReadableByItsOwnerOnly() throws IOException {
        Path file = directory.resolve("data").resolve("chain.key");

        KeyRing ring = KeyRing.loadOrCreate(file);

        assertThat(ring.current().secret()).hasSize(KeyRing.KEY_BYTES);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(KeyRing.load(file).current().id()).isEqualTo(ring.current().id());
    }

    @Test
    void theLastKeySignsAndEarlierOnesStillVerify() throws IOException {
        String first = KeyRing.newKeyLine();
        String second = KeyRing.newKeyLine();
        Path file = ownerOnly("# rotated on 1 June\n" + first + "\n" + second + "\n");

        KeyRing ring = KeyRing.load(file);

        assertThat(ring.current().id()).isEqualTo(second.split(" ")[0]);
        assertThat(ring.find(first.split(" ")[0])).isPresent();
        assertThat(ring.find("unknown")).isEmpty();
    }

    @Test
    void aFileOthersCanReadIsRefused() throws IOException {
        Path file = ownerOnly(KeyRing.newKeyLine() + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> KeyRing.load(file)).hasMessageContaining("chmod 600");
    }

    @Test
    void aNamedFileThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> KeyRing.load(directory.resolve("missing.key"))).hasMessageContaining("does not exist");
    }

    @Test
    void aShortKeyIsRefusedNamingItsLine() throws IOException {
        Path file = ownerOnly("k1 c2hvcnQ=\n");

        assertThatThrownBy(() -> KeyRing.load(file)).hasMessageContaining("line 1");
    }

    private Path ownerOnly(String text) throws IOException {
        Path file = Files.createFile(
                directory.resolve("keys"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        return Files.writeString(file, text);
    }
}
