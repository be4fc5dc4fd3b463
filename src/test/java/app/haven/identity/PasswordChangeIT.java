package app.haven.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class PasswordChangeIT {

    static final String NEW_PASSWORD = "orchard thistle beacon";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sendsAnonymousVisitorsToSignIn() throws Exception {
        assertThat(new Visitor(mvc).get("/account/password").getRedirectedUrl()).isEqualTo("/login");
    }

    @Test
    void changesThePasswordAndTheOldOneAndItsOtherSessionsStopWorking() throws Exception {
        var account = accounts.create("PRACTITIONER");
        Visitor otherDevice = new Visitor(mvc);
        otherDevice.signIn(account.email(), TestAccounts.PASSWORD);
        Visitor visitor = new Visitor(mvc);
        visitor.signIn(account.email(), TestAccounts.PASSWORD);
        Document page = visitor.page("/account/password");
        assertThat(page.select("h1").text()).isEqualTo("Change your password");
        assertThat(page.select("form[action=/account/password] input[name=_csrf]"))
                .hasSize(1);

        assertThat(change(visitor, TestAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
                        .getRedirectedUrl())
                .isEqualTo("/account");
        assertThat(visitor.page("/account").select(".govuk-notification-banner").text())
                .contains("Your password has been changed");
        assertThat(otherDevice.get("/").getRedirectedUrl())
                .as("other sessions end with the old password")
                .isEqualTo("/login");
        assertThat(new Visitor(mvc).signIn(account.email(), TestAccounts.PASSWORD))
                .isEqualTo("/login/problem");
        assertThat(new Visitor(mvc).signIn(account.email(), NEW_PASSWORD)).isEqualTo("/");
    }

    @Test
    void showsEveryProblemAndSavesNothing() throws Exception {
        var account = accounts.create("PRACTITIONER");
        String hashBefore = hash(account.id());
        Visitor visitor = new Visitor(mvc);
        visitor.signIn(account.email(), TestAccounts.PASSWORD);

        Document page = Visitor.parse(change(visitor, "not-my-password", "password1234", "something else"));
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a").eachText())
                .containsExactly(
                        "Your current password is not correct",
                        "Password is too common. Choose a password that is harder to guess",
                        "Passwords do not match");
        assertThat(page.select("input[type=password]").eachAttr("value")).allMatch(String::isEmpty);

        Document short_ = Visitor.parse(change(visitor, TestAccounts.PASSWORD, "too-short", "too-short"));
        assertThat(short_.select(".govuk-error-summary a").eachText())
                .containsExactly("Password must be 12 characters or more");
        assertThat(hash(account.id())).isEqualTo(hashBefore);
    }

    @Test
    void aUserWithATemporaryPasswordMustChangeItBeforeAnythingElse() throws Exception {
        var account = accounts.create("PRACTITIONER");
        accounts.requirePasswordChange(account.id());
        Visitor visitor = new Visitor(mvc);
        assertThat(visitor.signIn(account.email(), TestAccounts.PASSWORD)).isEqualTo("/account/password");
        assertThat(visitor.get("/").getRedirectedUrl()).isEqualTo("/account/password");
        assertThat(visitor.get("/account").getRedirectedUrl()).isEqualTo("/account/password");
        assertThat(visitor.page("/account/password").text()).contains("You need to choose a new password");

        assertThat(change(visitor, TestAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
                        .getRedirectedUrl())
                .isEqualTo("/");
        assertThat(visitor.get("/").getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT password_must_change FROM user_account WHERE id = :id")
                        .param("id", account.id())
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    private static org.springframework.mock.web.MockHttpServletResponse change(
            Visitor visitor, String current, String next, String confirm) throws Exception {
        return visitor.post(
                "/account/password", "currentPassword", current, "newPassword", next, "confirmPassword", confirm);
    }

    private String hash(long userId) {
        return jdbc.sql("SELECT password_hash FROM user_account WHERE id = :id")
                .param("id", userId)
                .query(String.class)
                .single();
    }
}
