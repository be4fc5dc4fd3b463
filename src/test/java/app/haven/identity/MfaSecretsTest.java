package app.haven.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haven.platform.KeyRing;
import app.haven.platform.LocalFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MfaSecretsTest {

    static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @TempDir
    Path data;

    @Test
    void aSealedKeyHoldsNothingReadableAndOpensAgain() {
        MfaSecrets secrets = secrets();

        String sealed = secrets.seal(7, SECRET);

        assertThat(sealed).doesNotContain(SECRET).matches("k[0-9a-f]{8}:[A-Za-z0-9+/=]+");
        assertThat(secrets.open(7, sealed)).isEqualTo(SECRET);
        assertThat(secrets.seal(7, SECRET)).as("a fresh IV each time").isNotEqualTo(sealed);
    }

    @Test
    void aSealedKeyMovedToAnotherUserDoesNotOpen() {
        MfaSecrets secrets = secrets();
        String sealed = secrets.seal(7, SECRET);

        assertThatThrownBy(() -> secrets.open(8, sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void afterRotationOldKeysStillOpenAndAreNoLongerCurrent() throws IOException {
        MfaSecrets before = secrets();
        String sealed = before.seal(7, SECRET);
        Files.writeString(
                data.resolve(MfaSecrets.DEFAULT_FILE),
                KeyRing.newKeyLine() + "\n",
                java.nio.file.StandardOpenOption.APPEND);

        MfaSecrets after = secrets();

        assertThat(after.open(7, sealed)).isEqualTo(SECRET);
        assertThat(after.current(sealed)).isFalse();
        assertThat(after.current(after.seal(7, SECRET))).isTrue();
    }

    @Test
    void withAnExternalDatabaseTheKeyFileMustBeNamed() {
        assertThatThrownBy(() -> new MfaSecrets("", new LocalFiles(Optional.empty())))
                .hasMessageContaining(MfaSecrets.VARIABLE);
    }

    private MfaSecrets secrets() {
        return new MfaSecrets("", new LocalFiles(Optional.of(data)));
    }
}
