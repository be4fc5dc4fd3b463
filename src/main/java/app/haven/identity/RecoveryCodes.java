package app.haven.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * One-use codes for signing in when the authenticator app is lost. Each is 10 Base32 characters (50 random
 * bits) shown as two groups of five; only a SHA-256 hash is stored. A fast hash is enough because the codes
 * are random, not chosen by people, so there is no dictionary to try.
 */
final class RecoveryCodes {

    static final int COUNT = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {}

    static List<String> generate() {
        return IntStream.range(0, COUNT).mapToObj(i -> generateOne()).toList();
    }

    private static String generateOne() {
        byte[] bytes = new byte[7];
        RANDOM.nextBytes(bytes);
        String code = Base32.encode(bytes).substring(0, 10).toLowerCase(Locale.ROOT);
        return code.substring(0, 5) + "-" + code.substring(5);
    }

    /** Whether what the user typed could be a recovery code rather than an authenticator code. */
    static boolean looksLikeOne(String typed) {
        return normalise(typed).matches("[a-z2-7]{10}");
    }

    static String hash(String code) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(normalise(code).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** People type codes with or without the hyphen, in either case, with stray spaces. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }
}
