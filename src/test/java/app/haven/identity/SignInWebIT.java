package app.haven.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
class SignInWebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sendsAnonymousVisitorsToSignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void showsTheSignInPageToAnyone() throws Exception {
        Document page =
                page(mvc.perform(get("/login")).andExpect(status().isOk()).andReturn());
        assertThat(page.select("h1").text()).isEqualTo("Sign in");
        assertThat(page.select("form[action=/login][method=post] input[name=_csrf]"))
                .hasSize(1);
        assertThat(page.select("input#email[name=email]")).hasSize(1);
        assertThat(page.select("input#password[type=password]")).hasSize(1);
    }

    @Test
    void signsInWithTheRightPasswordAndRecordsWhen() throws Exception {
        var account = accounts.create("PRACTITIONER");
        mvc.perform(post("/login")
                        .with(csrf())
                        .param("email", account.email())
                        .param("password", TestAccounts.PASSWORD))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("SELECT last_sign_in_at IS NOT NULL FROM user_account WHERE id = :id")
                        .param("id", account.id())
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void emailIsMatchedWhateverItsCase() throws Exception {
        var account = accounts.create("PRACTITIONER");
        mvc.perform(post("/login")
                        .with(csrf())
                        .param("email", account.email().toUpperCase())
                        .param("password", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void wrongPasswordKeepsTheEmailAndSaysNothingAboutWhetherTheAccountExists() throws Exception {
        var account = accounts.create("PRACTITIONER");
        Document known = signInFails(account.email(), "not-the-password");
        Document unknown = signInFails("nobody@test.haven.invalid", "not-the-password");

        assertThat(known.title()).startsWith("Error: ");
        assertThat(known.select(".govuk-error-summary a").text())
                .isEqualTo("Enter a correct email address and password");
        assertThat(known.select("input#email").val()).isEqualTo(account.email());
        assertThat(known.select("input#password").val()).isEmpty();
        assertThat(unknown.select(".govuk-error-summary").text())
                .isEqualTo(known.select(".govuk-error-summary").text());
    }

    @Test
    void blankFieldsGetTheirOwnMessages() throws Exception {
        Document page = signInFails("", "");
        assertThat(page.select(".govuk-error-summary a").eachText())
                .containsExactly("Enter your email address", "Enter your password");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#email", "#password");
    }

    @Test
    void disabledAccountCannotSignIn() throws Exception {
        var account = accounts.create("PRACTITIONER");
        accounts.disable(account.id());
        Document page = signInFails(account.email(), TestAccounts.PASSWORD);
        assertThat(page.select(".govuk-error-summary a").text())
                .isEqualTo("Enter a correct email address and password");
    }

    @Test
    void refusesSignInWithoutTheCsrfToken() throws Exception {
        var account = accounts.create("PRACTITIONER");
        mvc.perform(post("/login").param("email", account.email()).param("password", TestAccounts.PASSWORD))
                .andExpect(status().isForbidden());
    }

    /** Sessions live in PostgreSQL (Spring Session), identified by the SESSION cookie. */
    @Test
    void givesANewSessionOnSignInAndEndsItOnSignOut() throws Exception {
        var account = accounts.create("PRACTITIONER");
        Cookie before = mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
        assertThat(before).isNotNull();
        MvcResult signedIn = mvc.perform(post("/login")
                        .cookie(before)
                        .with(csrf())
                        .param("email", account.email())
                        .param("password", TestAccounts.PASSWORD))
                .andReturn();
        Cookie after = signedIn.getResponse().getCookie("SESSION");
        assertThat(after).isNotNull();
        assertThat(after.getValue()).as("session id changed at sign-in").isNotEqualTo(before.getValue());
        mvc.perform(get("/").cookie(after)).andExpect(status().isOk());

        mvc.perform(post("/logout").cookie(after).with(csrf())).andExpect(redirectedUrl("/signed-out"));
        mvc.perform(get("/").cookie(after)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void sendsSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void tellsBrowsersToStayOnHttpsOnceTheyUseIt() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", org.hamcrest.Matchers.startsWith("max-age=")));
        mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void healthSaysUpWithoutDetailsToAnonymousCallers() throws Exception {
        String body = mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body)
                .contains("\"status\":\"UP\"")
                .doesNotContain("components")
                .doesNotContain("db");
    }

    /**
     * A failed sign-in is forwarded (not redirected) to the page that explains it, keeping what was typed.
     * MockMvc records a forward rather than following it, so the test follows it by hand.
     */
    private Document signInFails(String email, String password) throws Exception {
        mvc.perform(post("/login").with(csrf()).param("email", email).param("password", password))
                .andExpect(forwardedUrl("/login/problem"));
        MvcResult result = mvc.perform(post("/login/problem")
                        .with(csrf())
                        .param("email", email)
                        .param("password", password))
                .andExpect(status().isOk())
                .andReturn();
        return page(result);
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
