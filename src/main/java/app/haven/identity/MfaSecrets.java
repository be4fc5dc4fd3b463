package app.haven.identity;

import app.haven.platform.KeyRing;
import app.haven.platform.LocalFiles;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals authenticator (TOTP) keys with AES-256-GCM under a key kept outside the database ({@code
 * HAVEN_MFA_KEY_FILE}; with the embedded database {@code mfa-secret.key} in the data directory), so a copy of
 * the database is not enough to make anyone's codes. A sealed key reads {@code <key id>:<base64 of IV and
 * ciphertext>}; the user's id is bound in as associated data, so one user's sealed key cannot be moved to another.
 * Rotation: add a key line; keys sealed under an older one are sealed again at their owner's next code.
 */
@Component
class MfaSecrets {

    static final String DEFAULT_FILE = "mfa-secret.key";
    static final String VARIABLE = "HAVEN_MFA_KEY_FILE";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final KeyRing ring;
    private final SecureRandom random = new SecureRandom();

    MfaSecrets(@Value("${haven.security.mfa-key-file:}") String configured, LocalFiles files) {
        var file = files.file(configured, DEFAULT_FILE, VARIABLE);
        this.ring = configured == null || configured.isBlank() ? KeyRing.loadOrCreate(file) : KeyRing.load(file);
    }

    String seal(long userId, String secretBase32) {
        KeyRing.Key key = ring.current();
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed =
                cipher(Cipher.ENCRYPT_MODE, key, iv, userId).apply(secretBase32.getBytes(StandardCharsets.US_ASCII));
        byte[] stored = ByteBuffer.allocate(iv.length + sealed.length)
                .put(iv)
                .put(sealed)
                .array();
        return key.id() + ":" + Base64.getEncoder().encodeToString(stored);
    }

    String open(long userId, String sealed) {
        int colon = sealed.indexOf(':');
        String keyId = colon < 0 ? "" : sealed.substring(0, colon);
        KeyRing.Key key = ring.find(keyId)
                .orElseThrow(() -> new IllegalStateException("an authenticator key is sealed with key '" + keyId
                        + "', which " + VARIABLE + " does not hold"));
        byte[] stored = Base64.getDecoder().decode(sealed.substring(colon + 1));
        byte[] iv = java.util.Arrays.copyOf(stored, IV_BYTES);
        byte[] body = java.util.Arrays.copyOfRange(stored, IV_BYTES, stored.length);
        return new String(cipher(Cipher.DECRYPT_MODE, key, iv, userId).apply(body), StandardCharsets.US_ASCII);
    }

    /** Whether it was sealed under the current key; if not, it is sealed again when next used. */
    boolean current(String sealed) {
        return sealed.startsWith(ring.current().id() + ":");
    }

    private interface Operation {
        byte[] apply(byte[] input);
    }

    private static Operation cipher(int mode, KeyRing.Key key, byte[] iv, long userId) {
        return input -> {
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(mode, new SecretKeySpec(key.secret(), "AES"), new GCMParameterSpec(TAG_BITS, iv));
                cipher.updateAAD(("user_mfa:" + userId).getBytes(StandardCharsets.US_ASCII));
                return cipher.doFinal(input);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("an authenticator key could not be sealed or opened", e);
            }
        };
    }
}
