package app.haven.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable, following NCSC password guidance: long enough, no composition rules
 * (they make passwords predictable, not strong), and not one of the passwords attackers try first. Used when
 * a user changes their password and when an administrator sets a temporary one.
 */
@Component
class PasswordPolicy {

    /** NCSC: at least 12 characters ("three random words" easily clears it). */
    static final int MIN_LENGTH = 12;

    /** A long upper bound so passphrases fit, but bcrypt's input stays bounded (it reads 72 bytes anyway). */
    static final int MAX_LENGTH = 256;

    private static final String DENY_LIST = "/app/haven/identity/common-passwords.txt";

    private final Set<String> denied;

    PasswordPolicy() {
        this.denied = load();
    }

    /** The GOV.UK-style message saying what is wrong with the password, or empty if it is acceptable. */
    Optional<String> problem(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Password must be " + MIN_LENGTH + " characters or more");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Password must be " + MAX_LENGTH + " characters or fewer");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (denied.contains(lower)) {
            return Optional.of("Password is too common. Choose a password that is harder to guess");
        }
        if (lower.contains("haven") || containsMailbox(lower, email)) {
            return Optional.of("Password must not contain your email address or the name of this service");
        }
        return Optional.empty();
    }

    /** Attackers try the user's own name and the site's name first (NCSC: "context-specific words"). */
    private static boolean containsMailbox(String lowerPassword, String email) {
        if (email == null || email.isBlank()) {
            return false;
        }
        String local = email.strip().toLowerCase(Locale.ROOT);
        int at = local.indexOf('@');
        if (at >= 0) {
            local = local.substring(0, at);
        }
        return local.length() >= 3 && lowerPassword.contains(local);
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(DENY_LIST)) {
            if (in == null) {
                throw new IllegalStateException("missing " + DENY_LIST);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
