package app.haven.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class LockoutIT {

    static final String FAILED = "/login/problem";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    AccountSecurity security;

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPasswordForAMinute() throws Exception {
        var account = accounts.create("PRACTITIONER");
        failFiveTimes(account.email());

        assertThat(new Visitor(mvc).signIn(account.email(), TestAccounts.PASSWORD))
                .as("locked: the right password gets the same answer as a wrong one")
                .isEqualTo(FAILED);
        clock.advance(Duration.ofSeconds(59));
        assertThat(new Visitor(mvc).signIn(account.email(), TestAccounts.PASSWORD))
                .isEqualTo(FAILED);
        clock.advance(Duration.ofSeconds(2));
        assertThat(new Visitor(mvc).signIn(account.email(), TestAccounts.PASSWORD))
                .isEqualTo("/");
    }

    @Test
    void fourFailuresDoNotLockAndSuccessStartsTheCountAgain() throws Exception {
        var account = accounts.create("PRACTITIONER");
        for (int i = 0; i < 4; i++) {
            new Visitor(mvc).signIn(account.email(), "wrong-password-" + i);
        }
        assertThat(new Visitor(mvc).signIn(account.email(), TestAccounts.PASSWORD))
                .isEqualTo("/");
        for (int i = 0; i < 4; i++) {
            new Visitor(mvc).signIn(account.email(), "wrong-password-" + i);
        }
        assertThat(new Visitor(mvc).signIn(account.email(), TestAccounts.PASSWORD))
                .isEqualTo("/");
    }

    @Test
    void eachFurtherFailureDoublesTheLock() throws Exception {
        var account = accounts.create("PRACTITIONER");
        failFiveTimes(account.email());
        clock.advance(Duration.ofSeconds(61));
        new Visitor(mvc).signIn(account.email(), "wrong-again");

        clock.advance(Duration.ofSeconds(61));
        assertThat(new Visitor(mvc).signIn(account.email(), TestAccounts.PASSWORD))
                .as("the sixth failure locks for two minutes")
                .isEqualTo(FAILED);
        clock.advance(Duration.ofSeconds(60));
        assertThat(new Visitor(mvc).signIn(account.email(), TestAccounts.PASSWORD))
                .isEqualTo("/");
    }

    @Test
    void attemptsWhileLockedDoNotLengthenTheLock() throws Exception {
        var account = accounts.create("PRACTITIONER");
        failFiveTimes(account.email());
        for (int i = 0; i < 5; i++) {
            new Visitor(mvc).signIn(account.email(), "wrong-while-locked");
        }
        clock.advance(Duration.ofSeconds(61));
        assertThat(new Visitor(mvc).signIn(account.email(), TestAccounts.PASSWORD))
                .isEqualTo("/");
    }

    @Test
    void anAdministratorCanUnlockAtOnce() throws Exception {
        var account = accounts.create("PRACTITIONER");
        failFiveTimes(account.email());
        security.unlock(account.id());
        assertThat(new Visitor(mvc).signIn(account.email(), TestAccounts.PASSWORD))
                .isEqualTo("/");
    }

    @Test
    void wrongMfaCodesCountTowardsTheSameLock() throws Exception {
        var account = accounts.create("PRACTITIONER");
        byte[] key = accounts.enrolMfa(account.id());
        Visitor visitor = new Visitor(mvc);
        assertThat(visitor.signIn(account.email(), TestAccounts.PASSWORD)).isEqualTo("/login/mfa");
        for (int i = 0; i < 5; i++) {
            visitor.post("/login/mfa", "code", "000000".equals(currentCode(key)) ? "111111" : "000000");
        }
        String rightCode = currentCode(key);
        assertThat(visitor.post("/login/mfa", "code", rightCode).getRedirectedUrl())
                .as("locked: even the right code is refused")
                .isNull();
        assertThat(new Visitor(mvc).signIn(account.email(), TestAccounts.PASSWORD))
                .isEqualTo(FAILED);
    }

    private String currentCode(byte[] key) {
        return Totp.code(key, Totp.stepAt(clock.instant()));
    }

    private void failFiveTimes(String email) throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(new Visitor(mvc).signIn(email, "wrong-password-" + i)).isEqualTo(FAILED);
        }
    }
}
