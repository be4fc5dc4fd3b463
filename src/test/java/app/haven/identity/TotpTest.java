package app.haven.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    /** The RFC 4226 and RFC 6238 (SHA-1) test key: ASCII "12345678901234567890". */
    static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "HOTP counter {0} gives {1}")
    @CsvSource({
        "0, 755224", "1, 287082", "2, 359152", "3, 969429", "4, 338314",
        "5, 254676", "6, 287922", "7, 162583", "8, 399871", "9, 520489"
    })
    void matchesRfc4226AppendixD(long counter, String expected) {
        assertThat(Totp.code(RFC_KEY, counter, 6)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "TOTP at {0} s gives {1}")
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void matchesRfc6238AppendixBForSha1(long seconds, String expected) {
        long step = Totp.stepAt(Instant.ofEpochSecond(seconds));
        assertThat(Totp.code(RFC_KEY, step, 8)).isEqualTo(expected);
    }

    @Test
    void acceptsTheCurrentCodeAndOneStepEitherSide() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = Totp.stepAt(now);
        for (long s = step - 1; s <= step + 1; s++) {
            assertThat(Totp.verify(RFC_KEY, Totp.code(RFC_KEY, s), now, 0)).hasValue(s);
        }
        assertThat(Totp.verify(RFC_KEY, Totp.code(RFC_KEY, step - 2), now, 0)).isEmpty();
        assertThat(Totp.verify(RFC_KEY, Totp.code(RFC_KEY, step + 2), now, 0)).isEmpty();
    }

    @Test
    void refusesACodeFromAStepAlreadyUsed() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = Totp.stepAt(now);
        String code = Totp.code(RFC_KEY, step);
        assertThat(Totp.verify(RFC_KEY, code, now, step)).isEmpty();
        assertThat(Totp.verify(RFC_KEY, Totp.code(RFC_KEY, step - 1), now, step))
                .isEmpty();
        assertThat(Totp.verify(RFC_KEY, Totp.code(RFC_KEY, step + 1), now, step))
                .hasValue(step + 1);
    }

    @Test
    void refusesAnythingButSixDigits() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(Totp.verify(RFC_KEY, "", now, 0)).isEmpty();
        assertThat(Totp.verify(RFC_KEY, "12345", now, 0)).isEmpty();
        assertThat(Totp.verify(RFC_KEY, "abcdef", now, 0)).isEmpty();
        assertThat(Totp.verify(RFC_KEY, null, now, 0)).isEmpty();
    }

    @Test
    void base32RoundTripsAndReadsKeysAsPeopleTypeThem() {
        assertThat(Base32.encode(RFC_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Base32.decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(RFC_KEY);
        assertThat(Base32.encode("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
        assertThat(Base32.decode("MZXW6YQ=")).isEqualTo("foob".getBytes(StandardCharsets.US_ASCII));
    }
}
