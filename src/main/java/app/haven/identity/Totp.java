package app.haven.identity;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as authenticator apps make them: RFC 6238 over RFC 4226's HOTP, with
 * HMAC-SHA1, 6 digits and a 30-second step, the defaults every app supports. Pure Java, no Spring.
 */
final class Totp {

    static final int DIGITS = 6;
    static final long STEP_SECONDS = 30;

    /** RFC 6238 section 5.2 recommends at most one step of clock drift either way. */
    static final int ALLOWED_DRIFT_STEPS = 1;

    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {}

    /** The RFC 6238 time step T = floor((now - T0) / X), with T0 = the Unix epoch and X = 30 s. */
    static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    /** RFC 4226 HOTP: HMAC-SHA1 of the 8-byte counter, dynamically truncated (section 5.3). */
    static String code(byte[] key, long counter, int digits) {
        byte[] hash =
                hmacSha1(key, ByteBuffer.allocate(Long.BYTES).putLong(counter).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        String code = Integer.toString(binary % POWERS_OF_TEN[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    static String code(byte[] key, long step) {
        return code(key, step, DIGITS);
    }

    /**
     * The step a code belongs to if it is right for now give or take the allowed drift and newer than the last
     * step accepted, so an overheard code cannot be replayed (RFC 6238 section 5.2). Compared in constant time.
     */
    static OptionalLong verify(byte[] key, String code, Instant now, long lastUsedStep) {
        if (code == null || code.length() != DIGITS || !code.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        for (long step = current - ALLOWED_DRIFT_STEPS; step <= current + ALLOWED_DRIFT_STEPS; step++) {
            boolean matches = MessageDigest.isEqual(code(key, step).getBytes(), code.getBytes());
            if (matches && step > lastUsedStep) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private static byte[] hmacSha1(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "RAW"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is required of every Java platform", e);
        }
    }
}
