package app.haven.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class MfaSignInIT {

    static final String RECOVERY_CODE = "abcde-fghij";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    AccountSecurity security;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MfaEnrolments enrolments;

    @Test
    void asksForACodeAfterThePasswordAndSignsInWithIt() throws Exception {
        var account = accounts.create("PRACTITIONER");
        byte[] key = accounts.enrolMfa(account.id());
        Visitor visitor = new Visitor(mvc);

        assertThat(visitor.signIn(account.email(), TestAccounts.PASSWORD)).isEqualTo("/login/mfa");
        Document page = visitor.page("/login/mfa");
        assertThat(page.select("h1").text()).isEqualTo("Enter your security code");
        assertThat(page.select("form[action=/login/mfa] input[name=_csrf]")).hasSize(1);

        String before = visitor.sessionId();
        assertThat(visitor.post("/login/mfa", "code", code(key)).getRedirectedUrl())
                .isEqualTo("/");
        assertThat(visitor.sessionId()).as("a new session id for the step up").isNotEqualTo(before);
        assertThat(visitor.get("/").getStatus()).isEqualTo(200);
        assertThat(visitor.get("/account").getStatus()).isEqualTo(200);
    }

    @Test
    void aUserWaitingForTheCodeReachesNothingElse() throws Exception {
        var account = accounts.create("SYSTEM_ADMINISTRATOR");
        accounts.enrolMfa(account.id());
        Visitor visitor = new Visitor(mvc);
        visitor.signIn(account.email(), TestAccounts.PASSWORD);

        for (String path : new String[] {"/", "/account", "/account/password", "/account/mfa", "/anything"}) {
            assertThat(visitor.get(path).getRedirectedUrl()).as(path).isEqualTo("/login/mfa");
        }
        assertThat(visitor.post("/account/password", "currentPassword", TestAccounts.PASSWORD)
                        .getRedirectedUrl())
                .isEqualTo("/login/mfa");
        assertThat(visitor.post("/account/sign-out-everywhere").getRedirectedUrl())
                .isEqualTo("/login/mfa");
    }

    @Test
    void theCodePageIsOnlyForSomeoneWaitingForIt() throws Exception {
        assertThat(new Visitor(mvc).get("/login/mfa").getRedirectedUrl()).isEqualTo("/login");
        var account = accounts.create("PRACTITIONER");
        Visitor signedIn = new Visitor(mvc);
        signedIn.signIn(account.email(), TestAccounts.PASSWORD);
        assertThat(signedIn.get("/login/mfa").getStatus()).isEqualTo(403);
    }

    @Test
    void refusesAWrongCodeAndACodeAlreadyUsed() throws Exception {
        var account = accounts.create("PRACTITIONER");
        byte[] key = accounts.enrolMfa(account.id());
        Visitor first = new Visitor(mvc);
        first.signIn(account.email(), TestAccounts.PASSWORD);
        String code = code(key);
        MockHttpServletResponse wrong = first.post("/login/mfa", "code", code.equals("123456") ? "654321" : "123456");
        assertThat(Visitor.parse(wrong).select(".govuk-error-summary a").text())
                .isEqualTo("Enter a correct code from your authenticator app, or a recovery code");
        assertThat(first.post("/login/mfa", "code", code).getRedirectedUrl()).isEqualTo("/");

        Visitor second = new Visitor(mvc);
        second.signIn(account.email(), TestAccounts.PASSWORD);
        assertThat(second.post("/login/mfa", "code", code).getRedirectedUrl())
                .as("the same code again")
                .isNull();
        clock.advance(Duration.ofSeconds(30));
        assertThat(second.post("/login/mfa", "code", code(key)).getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void aRecoveryCodeWorksOnce() throws Exception {
        var account = accounts.create("PRACTITIONER");
        accounts.enrolMfa(account.id(), RECOVERY_CODE);
        Visitor first = new Visitor(mvc);
        first.signIn(account.email(), TestAccounts.PASSWORD);
        assertThat(first.post("/login/mfa", "code", "ABCDE FGHIJ").getRedirectedUrl())
                .isEqualTo("/");

        Visitor second = new Visitor(mvc);
        second.signIn(account.email(), TestAccounts.PASSWORD);
        assertThat(second.post("/login/mfa", "code", RECOVERY_CODE).getRedirectedUrl())
                .isNull();
    }

    @Test
    void enrolsWithACodeFromTheKeyOnThePageAndShowsTenRecoveryCodesOnce() throws Exception {
        var account = accounts.create("PRACTITIONER");
        Visitor visitor = new Visitor(mvc);
        assertThat(visitor.signIn(account.email(), TestAccounts.PASSWORD)).isEqualTo("/");

        Document page = visitor.page("/account/mfa");
        assertThat(page.select("h1").text()).isEqualTo("Set up your authenticator app");
        assertThat(page.select(".haven-qr-code svg path[fill]")).hasSize(1);
        assertThat(page.select("[style]")).isEmpty();
        byte[] key = Base32.decode(page.select("#mfa-key").text());
        assertThat(key).hasSize(20);

        MockHttpServletResponse wrong =
                visitor.post("/account/mfa", "code", "12345", "password", TestAccounts.PASSWORD);
        assertThat(Visitor.parse(wrong).select(".govuk-error-summary a").text())
                .isEqualTo("Enter a correct code from your authenticator app");
        assertThat(enrolled(account.id())).isFalse();

        Document codes =
                Visitor.parse(visitor.post("/account/mfa", "code", code(key), "password", TestAccounts.PASSWORD));
        assertThat(codes.select("#recovery-codes li")).hasSize(10);
        assertThat(codes.select("#recovery-codes li").eachText()).allMatch(RecoveryCodes::looksLikeOne);
        assertThat(enrolled(account.id())).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM user_recovery_code WHERE user_id = :id")
                        .param("id", account.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(10);
        assertThat(visitor.page("/account").text()).contains("10 recovery codes left");
        assertThat(visitor.page("/account").text()).doesNotContain(Base32.encode(key));
    }

    @Test
    void settingUpAnAuthenticatorNeedsThePassword() throws Exception {
        var account = accounts.create("PRACTITIONER");
        Visitor visitor = new Visitor(mvc);
        visitor.signIn(account.email(), TestAccounts.PASSWORD);
        byte[] key =
                Base32.decode(visitor.page("/account/mfa").select("#mfa-key").text());

        Document refused = Visitor.parse(visitor.post("/account/mfa", "code", code(key)));
        assertThat(refused.select(".govuk-error-summary a").eachText()).containsExactly("Enter your password");
        Document wrong =
                Visitor.parse(visitor.post("/account/mfa", "code", code(key), "password", "not-my-password-1"));
        assertThat(wrong.select(".govuk-error-summary a").eachText()).containsExactly("Your password is not correct");

        assertThat(enrolled(account.id())).isFalse();
    }

    @Test
    void replacingAnAuthenticatorNeedsThePasswordAndACodeFromTheOldOne() throws Exception {
        var account = accounts.create("PRACTITIONER");
        byte[] oldKey = accounts.enrolMfa(account.id(), RECOVERY_CODE);
        Visitor visitor = new Visitor(mvc);
        visitor.signIn(account.email(), TestAccounts.PASSWORD);
        assertThat(visitor.post("/login/mfa", "code", code(oldKey)).getRedirectedUrl())
                .isEqualTo("/");
        clock.advance(Duration.ofSeconds(30));
        byte[] newKey =
                Base32.decode(visitor.page("/account/mfa").select("#mfa-key").text());

        Document refused =
                Visitor.parse(visitor.post("/account/mfa", "code", code(newKey), "password", TestAccounts.PASSWORD));
        assertThat(refused.select(".govuk-error-summary a").eachText())
                .containsExactly("Enter a code from the authenticator app you use now, or a recovery code");
        Document wrong = Visitor.parse(visitor.post(
                "/account/mfa",
                "code",
                code(newKey),
                "password",
                TestAccounts.PASSWORD,
                "currentCode",
                "000000".equals(code(oldKey)) ? "111111" : "000000"));
        assertThat(wrong.select(".govuk-error-summary a").eachText())
                .containsExactly("Enter a correct code from the authenticator app you use now, or a recovery code");
        assertThat(secretOf(account.id())).isEqualTo(Base32.encode(oldKey));

        Document codes = Visitor.parse(visitor.post(
                "/account/mfa", "code", code(newKey), "password", TestAccounts.PASSWORD, "currentCode", code(oldKey)));
        assertThat(codes.select("#recovery-codes li")).hasSize(10);
        assertThat(secretOf(account.id())).isEqualTo(Base32.encode(newKey));
    }

    @Test
    void resettingMfaLetsTheUserSignInWithThePasswordAloneWhereMfaIsOptional() throws Exception {
        var account = accounts.create("PRACTITIONER");
        accounts.enrolMfa(account.id(), RECOVERY_CODE);
        security.resetMfa(account.id());
        assertThat(new Visitor(mvc).signIn(account.email(), TestAccounts.PASSWORD))
                .isEqualTo("/");
    }

    /** The enrolled key, as the application reads it (decrypted). */
    private String secretOf(long userId) {
        return enrolments.find(userId).orElseThrow().secretBase32();
    }

    private boolean enrolled(long userId) {
        return jdbc.sql("SELECT count(*) FROM user_mfa WHERE user_id = :id")
                        .param("id", userId)
                        .query(Integer.class)
                        .single()
                == 1;
    }

    private String code(byte[] key) {
        return Totp.code(key, Totp.stepAt(clock.instant()));
    }
}
