package app.haven.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "haven.security.mfa=mandatory")
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class MandatoryMfaIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    @Test
    void sendsAUserWithoutMfaToEnrolAndLetsThemReachNothingElseUntilDone() throws Exception {
        var account = accounts.create("PRACTITIONER");
        Visitor visitor = new Visitor(mvc);
        assertThat(visitor.signIn(account.email(), TestAccounts.PASSWORD)).isEqualTo("/account/mfa");
        assertThat(visitor.get("/").getRedirectedUrl()).isEqualTo("/account/mfa");
        assertThat(visitor.get("/account").getRedirectedUrl()).isEqualTo("/account/mfa");

        Document page = visitor.page("/account/mfa");
        assertThat(page.select(".haven-header__user")).as("not signed in yet").isEmpty();
        byte[] key = Base32.decode(page.select("#mfa-key").text());
        Document codes =
                Visitor.parse(visitor.post("/account/mfa", "code", Totp.code(key, Totp.stepAt(clock.instant()))));
        assertThat(codes.select("#recovery-codes li")).hasSize(10);
        assertThat(visitor.get("/").getStatus()).isEqualTo(200);
    }

    @Test
    void aTemporaryPasswordIsChangedFirstThenMfaIsSetUp() throws Exception {
        var account = accounts.create("PRACTITIONER");
        accounts.requirePasswordChange(account.id());
        Visitor visitor = new Visitor(mvc);
        assertThat(visitor.signIn(account.email(), TestAccounts.PASSWORD)).isEqualTo("/account/password");
        assertThat(visitor.get("/account/mfa").getRedirectedUrl()).isEqualTo("/account/password");
        assertThat(visitor.post(
                                "/account/password",
                                "currentPassword",
                                TestAccounts.PASSWORD,
                                "newPassword",
                                "lantern meadow copper",
                                "confirmPassword",
                                "lantern meadow copper")
                        .getRedirectedUrl())
                .isEqualTo("/account/mfa");
    }
}
