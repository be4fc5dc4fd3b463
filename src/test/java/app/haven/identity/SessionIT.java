package app.haven.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
class SessionIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.session.FindByIndexNameSessionRepository<? extends org.springframework.session.Session>
            sessions;

    /** The areas of the user held in their (only) stored session. */
    private long areasInSession(String email) {
        var session = sessions.findByPrincipalName(email).values().iterator().next();
        org.springframework.security.core.context.SecurityContext context = session.getAttribute(
                org.springframework.security.web.context.HttpSessionSecurityContextRepository
                        .SPRING_SECURITY_CONTEXT_KEY);
        return ((HavenUser) context.getAuthentication().getPrincipal())
                .access()
                .areaIds()
                .size();
    }

    @Test
    void keepsSessionsInPostgresql() throws Exception {
        var account = accounts.create("PRACTITIONER");
        new Visitor(mvc).signIn(account.email(), TestAccounts.PASSWORD);
        assertThat(sessionsOf(account.email())).isEqualTo(1);
    }

    @Test
    void aRoleTakenAwayAppliesOnTheNextRequest() throws Exception {
        var account = accounts.create("PRACTITIONER", "SYSTEM_ADMINISTRATOR");
        Visitor visitor = new Visitor(mvc);
        visitor.signIn(account.email(), TestAccounts.PASSWORD);
        assertThat(visitor.get("/admin/audit").getStatus()).isEqualTo(200);

        // What an administrator's edit does (UserAdministration.edit): new roles, and the account's version moves on.
        jdbc.sql("DELETE FROM user_role WHERE user_id = :id AND role_code = 'SYSTEM_ADMINISTRATOR'")
                .param("id", account.id())
                .update();
        jdbc.sql("UPDATE user_account SET version = version + 1 WHERE id = :id")
                .param("id", account.id())
                .update();

        assertThat(visitor.get("/admin/audit").getStatus()).isEqualTo(403);
        assertThat(visitor.get("/").getStatus())
                .as("still signed in for what they may do")
                .isEqualTo(200);
    }

    @Test
    void anAreaTakenAwayAppliesOnTheNextRequest() throws Exception {
        var account = accounts.create("PRACTITIONER");
        Visitor visitor = new Visitor(mvc);
        visitor.signIn(account.email(), TestAccounts.PASSWORD);
        assertThat(visitor.get("/").getStatus()).isEqualTo(200);
        long sessionsAreas = areasInSession(account.email());
        assertThat(sessionsAreas).isPositive();

        jdbc.sql("DELETE FROM user_area WHERE user_id = :id")
                .param("id", account.id())
                .update();
        jdbc.sql("UPDATE user_account SET version = version + 1 WHERE id = :id")
                .param("id", account.id())
                .update();
        visitor.get("/");

        assertThat(areasInSession(account.email())).isZero();
    }

    @Test
    void aDisabledAccountsSessionEndsOnTheNextRequest() throws Exception {
        var account = accounts.create("PRACTITIONER");
        Visitor visitor = new Visitor(mvc);
        visitor.signIn(account.email(), TestAccounts.PASSWORD);
        assertThat(visitor.get("/").getStatus()).isEqualTo(200);

        // Not through the administrator's page, which also ends the sessions: the account alone is enough.
        jdbc.sql("UPDATE user_account SET enabled = false, version = version + 1 WHERE id = :id")
                .param("id", account.id())
                .update();

        assertThat(visitor.get("/").getRedirectedUrl()).isEqualTo("/login");
    }

    @Test
    void endsASessionIdleForThirtyMinutes() throws Exception {
        var account = accounts.create("PRACTITIONER");
        Visitor visitor = new Visitor(mvc);
        visitor.signIn(account.email(), TestAccounts.PASSWORD);
        assertThat(visitor.get("/").getStatus()).isEqualTo(200);

        // Spring Session reckons idleness from the last access it stored; move that back by 31 minutes.
        long thirtyOneMinutes = Duration.ofMinutes(31).toMillis();
        jdbc.sql("""
                        UPDATE spring_session
                           SET last_access_time = last_access_time - :ms, expiry_time = expiry_time - :ms
                         WHERE principal_name = :email
                        """)
                .param("ms", thirtyOneMinutes)
                .param("email", account.email())
                .update();
        assertThat(visitor.get("/").getRedirectedUrl()).isEqualTo("/login");
    }

    @Test
    void recordsASessionsLastAccessAtMostOnceAMinuteSoMostPagesWriteNothing() throws Exception {
        var account = accounts.create("PRACTITIONER");
        Visitor visitor = new Visitor(mvc);
        visitor.signIn(account.email(), TestAccounts.PASSWORD);
        assertThat(visitor.get("/").getStatus()).isEqualTo(200);
        long recorded = lastAccessOf(account.email());

        assertThat(visitor.get("/").getStatus()).isEqualTo(200);
        assertThat(visitor.get("/account").getStatus()).isEqualTo(200);
        assertThat(lastAccessOf(account.email())).isEqualTo(recorded);

        // Once the recorded access is a minute old, the next request records it again (and so keeps the session).
        jdbc.sql("""
                        UPDATE spring_session
                           SET last_access_time = last_access_time - 61000, expiry_time = expiry_time - 61000
                         WHERE principal_name = :email
                        """).param("email", account.email()).update();
        assertThat(visitor.get("/").getStatus()).isEqualTo(200);
        assertThat(lastAccessOf(account.email())).isGreaterThanOrEqualTo(recorded);
    }

    private long lastAccessOf(String email) {
        return jdbc.sql("SELECT last_access_time FROM spring_session WHERE principal_name = :email")
                .param("email", email)
                .query(Long.class)
                .single();
    }

    @Test
    void endsASessionTenHoursAfterSignInHoweverBusy() throws Exception {
        var account = accounts.create("PRACTITIONER");
        Visitor visitor = new Visitor(mvc);
        visitor.signIn(account.email(), TestAccounts.PASSWORD);
        clock.advance(Duration.ofHours(9).plusMinutes(59));
        assertThat(visitor.get("/").getStatus()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(1));

        assertThat(visitor.get("/").getRedirectedUrl()).isEqualTo("/session-ended");
        assertThat(visitor.page("/session-ended").select("h1").text()).isEqualTo("You have been signed out");
        assertThat(visitor.get("/").getRedirectedUrl()).isEqualTo("/login");
    }

    @Test
    void signingOutEverywhereEndsTheUsersOtherSessionsButNoOneElses() throws Exception {
        var account = accounts.create("PRACTITIONER");
        var someoneElse = accounts.create("PRACTITIONER");
        Visitor laptop = new Visitor(mvc);
        Visitor phone = new Visitor(mvc);
        Visitor colleague = new Visitor(mvc);
        laptop.signIn(account.email(), TestAccounts.PASSWORD);
        phone.signIn(account.email(), TestAccounts.PASSWORD);
        colleague.signIn(someoneElse.email(), TestAccounts.PASSWORD);
        assertThat(sessionsOf(account.email())).isEqualTo(2);

        assertThat(laptop.page("/account")
                        .select("form[action=/account/sign-out-everywhere] button")
                        .text())
                .isEqualTo("Sign out everywhere");
        assertThat(laptop.post("/account/sign-out-everywhere").getRedirectedUrl())
                .isEqualTo("/signed-out");

        assertThat(sessionsOf(account.email())).isZero();
        assertThat(phone.get("/").getRedirectedUrl()).isEqualTo("/login");
        assertThat(laptop.get("/").getRedirectedUrl()).isEqualTo("/login");
        assertThat(colleague.get("/").getStatus()).isEqualTo(200);
    }

    @Test
    void theAccountPageShowsWhoTheUserIsAndIsInTheNavigation() throws Exception {
        var account = accounts.create("PRACTITIONER");
        Visitor visitor = new Visitor(mvc);
        visitor.signIn(account.email(), TestAccounts.PASSWORD);
        var page = visitor.page("/account");
        assertThat(page.select("h1").text()).isEqualTo("Your account");
        assertThat(page.select(".govuk-summary-list").text())
                .contains(account.displayName())
                .contains(account.agencyName())
                .contains("Not set up");
        assertThat(page.select(".govuk-service-navigation a[href=/account]").text())
                .isEqualTo("Your account");
    }

    private int sessionsOf(String email) {
        return jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = :email")
                .param("email", email)
                .query(Integer.class)
                .single();
    }
}
