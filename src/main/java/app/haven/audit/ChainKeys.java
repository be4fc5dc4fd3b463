package app.haven.audit;

import app.haven.platform.KeyRing;
import app.haven.platform.LocalFiles;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * The chain's keys, read once at start from a file outside the database. A key file named by its setting must
 * exist (Haven refuses to start otherwise); the data directory's default one is made on first start.
 */
@Component
class ChainKeys {

    static final String DEFAULT_FILE = "audit-chain.key";

    private final KeyRing ring;

    ChainKeys(AuditSettings settings, LocalFiles files) {
        Path file = files.file(settings.chainKeyFile(), DEFAULT_FILE, AuditSettings.KEY_FILE_VARIABLE);
        this.ring = settings.chainKeyFile().isEmpty() ? KeyRing.loadOrCreate(file) : KeyRing.load(file);
    }

    KeyRing ring() {
        return ring;
    }
}
