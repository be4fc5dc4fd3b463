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

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void tenParallelWrongCodesGetFiveChecksNotTen() throws Exception {
        var account = accounts.create("PRACTITIONER");
        byte[] key = accounts.enrolMfa(account.id());
        Visitor visitor = new Visitor(mvc);
        assertThat(visitor.signIn(account.email(), TestAccounts.PASSWORD)).isEqualTo("/login/mfa");
        String wrong = "000000".equals(currentCode(key)) ? "111111" : "000000";
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        try {
            java.util.List<java.util.concurrent.Callable<Object>> guesses = new java.util.ArrayList<>();
            for (int i = 0; i < 10; i++) {
                guesses.add(() -> visitor.post("/login/mfa", "code", wrong));
            }
            for (var done : pool.invokeAll(guesses)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(jdbc.sql("SELECT failed_sign_ins FROM user_account WHERE id = :id")
                        .param("id", account.id())
                        .query(Integer.class)
                        .single())
                .as("only five guesses were counted and checked; the rest met the lock")
                .isEqualTo(5);
        assertThat(new Visitor(mvc).signIn(account.email(), TestAccounts.PASSWORD))
                .isEqualTo(FAILED);
    }

    @Test
    void oneSourceGuessingLocksOnlyItselfOut() throws Exception {
        var account = accounts.create("PRACTITIONER");
        for (int i = 0; i < 5; i++) {
            assertThat(signInFrom("203.0.113.66", account.email(), "wrong-password-" + i))
                    .isEqualTo(FAILED);
        }

        assertThat(signInFrom("203.0.113.66", account.email(), TestAccounts.PASSWORD))
                .as("the guessing source is locked out")
                .isEqualTo(FAILED);
        assertThat(signInFrom("198.51.100.7", account.email(), TestAccounts.PASSWORD))
                .as("the account's owner, elsewhere, is not")
                .isEqualTo("/");
    }

    @Test
    void guessingFromManySourcesLocksTheAccountForEveryone() throws Exception {
        var account = accounts.create("PRACTITIONER");
        for (int source = 1; source <= 4; source++) {
            for (int i = 0; i < 5; i++) {
                signInFrom("203.0.113." + source, account.email(), "wrong-password-" + i);
            }
        }

        assertThat(signInFrom("198.51.100.7", account.email(), TestAccounts.PASSWORD))
                .isEqualTo(FAILED);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(signInFrom("198.51.100.7", account.email(), TestAccounts.PASSWORD))
                .isEqualTo("/");
    }

    private String signInFrom(String address, String email, String password) throws Exception {
        var response = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .with(request -> {
                                    request.setRemoteAddr(address);
                                    return request;
                                })
                                .param("email", email)
                                .param("password", password))
                .andReturn()
                .getResponse();
        return response.getRedirectedUrl() != null ? response.getRedirectedUrl() : response.getForwardedUrl();
    }

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
