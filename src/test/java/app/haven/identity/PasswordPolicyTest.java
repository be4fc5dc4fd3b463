package app.haven.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    static final String EMAIL = "sam.jones@council.example";
    final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "lantern-meadow-copper",
                "correct horse battery",
                "aaaaaaaaaaab",
                "zzzzzzzzzzzzzzzzzzzzzz",
                "twelve chars",
                "ÄÖÜäöüßéèêëç"
            })
    void acceptsLongUncommonPasswordsWithoutCompositionRules(String password) {
        assertThat(policy.problem(password, EMAIL)).isEmpty();
    }

    @Test
    void refusesShortPasswords() {
        assertThat(policy.problem("elevenchars", EMAIL)).hasValue("Password must be 12 characters or more");
        assertThat(policy.problem("", EMAIL)).hasValue("Enter a password");
        assertThat(policy.problem(null, EMAIL)).hasValue("Enter a password");
    }

    @Test
    void refusesOverlongPasswords() {
        assertThat(policy.problem("x".repeat(256) + "y", EMAIL)).hasValue("Password must be 256 characters or fewer");
        assertThat(policy.problem("xy".repeat(128), EMAIL)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "password1234",
                "PASSWORD1234",
                "Password1234",
                "qwertyuiop123",
                "1qaz2wsx3edc",
                "September2025",
                "zaq12wsxcde3",
                "123456789012",
                "liverpool1892",
                "correct-horse-battery-staple"
            })
    void refusesCommonPasswordsWhateverTheirCase(String password) {
        assertThat(policy.problem(password, EMAIL))
                .hasValue("Password is too common. Choose a password that is harder to guess");
    }

    @Test
    void refusesPasswordsContainingTheMailboxOrTheServiceName() {
        String message = "Password must not contain your email address or the name of this service";
        assertThat(policy.problem("my-SAM.JONES-secret", EMAIL)).hasValue(message);
        assertThat(policy.problem("safe in haven forever", EMAIL)).hasValue(message);
        assertThat(policy.problem("HavenHavenHaven", EMAIL)).hasValue(message);
        assertThat(policy.problem("lantern-meadow-copper", "")).isEmpty();
    }
}
