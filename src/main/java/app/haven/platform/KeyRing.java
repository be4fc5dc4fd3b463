package app.haven.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Secret keys kept in a file outside the database, so that someone who can rewrite the database cannot also
 * forge what the keys protect (the audit chain, authenticator secrets). One key a line, {@code <id> <base64>};
 * lines starting {@code #} are comments. The last key signs or encrypts; the earlier ones still verify or
 * decrypt what they protected before, which is how a key is rotated: add a line, restart.
 */
public final class KeyRing {

    /** 256-bit keys: HMAC-SHA256 and AES-256-GCM. */
    public static final int KEY_BYTES = 32;

    /** A key and the short id stored beside what it protects. */
    public record Key(String id, byte[] secret) {}

    private final List<Key> keys;

    private KeyRing(List<Key> keys) {
        if (keys.isEmpty()) {
            throw new IllegalStateException("a key file must hold at least one key");
        }
        this.keys = List.copyOf(keys);
    }

    /** Reads a key file; refuses one that others can read or that holds no key. */
    public static KeyRing load(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("the key file " + file + " does not exist");
            }
            if (Files.getPosixFilePermissions(file).stream()
                    .anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
                throw new IllegalStateException("the key file " + file
                        + " may be read by others: make it readable by its owner only (chmod 600)");
            }
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the key file " + file + " (" + e.getMessage() + ")", e);
        }
    }

    /** Reads a key file, creating it with one new random key (readable by its owner only) if it is missing. */
    public static KeyRing loadOrCreate(Path file) {
        if (!Files.exists(file)) {
            create(file);
        }
        return load(file);
    }

    /** A line for a key file holding a new random key: what an operator appends to rotate. */
    public static String newKeyLine() {
        SecureRandom random = new SecureRandom();
        byte[] id = new byte[4];
        byte[] secret = new byte[KEY_BYTES];
        random.nextBytes(id);
        random.nextBytes(secret);
        return "k" + HexFormat.of().formatHex(id) + " " + Base64.getEncoder().encodeToString(secret);
    }

    /** The key that signs or encrypts from now on. */
    public Key current() {
        return keys.get(keys.size() - 1);
    }

    public Optional<Key> find(String id) {
        return keys.stream().filter(key -> key.id().equals(id)).findFirst();
    }

    private static void create(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, newKeyLine() + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the key file " + file + " (" + e.getMessage() + ")", e);
        }
    }

    private static KeyRing parse(List<String> lines, Path file) {
        List<Key> keys = new ArrayList<>();
        for (String line : lines) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] parts = text.split("\\s+");
            byte[] secret = parts.length == 2 ? decode(parts[1]) : new byte[0];
            if (!parts[0].matches("[A-Za-z0-9_-]{1,32}") || secret.length != KEY_BYTES) {
                throw new IllegalStateException("the key file " + file + " has a line that is not"
                        + " '<id> <base64 of " + KEY_BYTES + " bytes>' (line " + (lines.indexOf(line) + 1) + ")");
            }
            keys.add(new Key(parts[0], secret));
        }
        return new KeyRing(keys);
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}
