package app.haven.identity.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.haven.identity.TestAccounts;
import app.haven.identity.UserAccountChanged;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

@RecordApplicationEvents
class UserFormWebIT extends AdminWebTest {

    static final String TEMPORARY = "temporary-pass-1234";

    @Autowired
    ApplicationEvents events;

    @Test
    void sendsAnonymousVisitorsToSignInAndRefusesOtherRoles() throws Exception {
        mvc.perform(get("/admin/users/new")).andExpect(redirectedUrl("/login"));
        var practitioner = practitioner();
        mvc.perform(get("/admin/users/new").with(practitioner)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/new").with(practitioner).with(csrf()).params(validUser(accounts.create())))
                .andExpect(status().isForbidden());
    }

    @Test
    void createsAnAccountWhoseTemporaryPasswordMustBeReplacedAtFirstSignIn() throws Exception {
        var admin = accounts.create("SYSTEM_ADMINISTRATOR");
        var fields = validUser(admin);
        mvc.perform(post("/admin/users/new").with(as(admin)).with(csrf()).params(fields))
                .andExpect(redirectedUrlPattern("/admin/users/*"))
                .andExpect(flash().attribute("success", "Account created for " + fields.getFirst("name")));
        long id = userId(fields.getFirst("email"));
        assertThat(events.stream(UserAccountChanged.class))
                .anyMatch(e -> e.actorId() == admin.id()
                        && e.userId() == id
                        && e.change().equals("created"));
        assertThat(count("SELECT count(*) FROM user_role WHERE user_id = ? AND role_code = 'PRACTITIONER'", id))
                .isOne();

        mvc.perform(post("/login")
                        .with(csrf())
                        .param("email", fields.getFirst("email").toUpperCase())
                        .param("password", TEMPORARY))
                .andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void refusesAnEmailAddressAlreadyInUseWhateverItsCase() throws Exception {
        var admin = accounts.create("SYSTEM_ADMINISTRATOR");
        var fields = validUser(admin);
        fields.set("email", admin.email().toUpperCase());
        Document page = submitNew(admin, fields);
        assertThat(page.select(".govuk-error-summary a").eachText())
                .containsExactly("Another account already uses this email address");
        assertThat(page.select("input#email").val()).isEqualTo(admin.email().toUpperCase());
    }

    @Test
    void badInputShowsEveryProblemKeepsWhatWasTypedAndSavesNothing() throws Exception {
        var admin = accounts.create("SYSTEM_ADMINISTRATOR");
        var other = accounts.create("PRACTITIONER");
        String email = "new-" + unique() + "@test.haven.invalid";
        var fields = new LinkedMultiValueMap<String, String>();
        fields.add("name", "");
        fields.add("email", "not an email");
        fields.add("agency", "999999999");
        fields.add("team", "abc");
        fields.add("areas", "not-an-id");
        fields.add("roles", "GOD_MODE");
        fields.add("manager", "-4");
        fields.add("password", "short");
        Document page = submitNew(admin, fields);
        assertThat(page.select(".govuk-error-summary a").eachText())
                .containsExactly(
                        "Enter the user's full name",
                        "Enter an email address in the correct format, like name@example.com",
                        "Select the user's agency",
                        "Select a team of the user's agency, or no team",
                        "Select areas from the list",
                        "Select roles from the list",
                        "Select a manager from the list, or no manager",
                        "Password must be 12 characters or more");
        assertThat(page.select("input#email").val()).isEqualTo("not an email");
        assertThat(page.select("input#password").val()).isEmpty();

        // A team of another agency, no areas for an area-bound role, and a name that is only markup.
        var mismatched = validUser(admin);
        mismatched.set("email", email);
        mismatched.set("name", "<script>alert(1)</script>");
        mismatched.set("team", String.valueOf(teamOf(other)));
        mismatched.remove("areas");
        Document second = submitNew(admin, mismatched);
        assertThat(second.select(".govuk-error-summary a").eachText())
                .containsExactly(
                        "Select a team of the user's agency, or no team", "Select at least one area the user works in");
        assertThat(second.select("input#name").val()).isEqualTo("<script>alert(1)</script>");
        assertThat(count("SELECT count(*) FROM user_account WHERE email = ?", email))
                .isZero();
    }

    @Test
    void partnershipWideRolesNeedNoArea() throws Exception {
        var admin = accounts.create("SYSTEM_ADMINISTRATOR");
        var fields = validUser(admin);
        fields.remove("areas");
        fields.set("roles", "PARTNERSHIP_ANALYST");
        mvc.perform(post("/admin/users/new").with(as(admin)).with(csrf()).params(fields))
                .andExpect(redirectedUrlPattern("/admin/users/*"));
    }

    MultiValueMap<String, String> validUser(TestAccounts.Account colleague) {
        var fields = new LinkedMultiValueMap<String, String>();
        fields.add("name", "Nia New " + unique());
        fields.add("email", "nia-" + unique() + "@test.haven.invalid");
        fields.add("agency", String.valueOf(agencyOf(colleague)));
        fields.add("team", "");
        fields.add("areas", String.valueOf(areaOf(colleague)));
        fields.add("roles", "PRACTITIONER");
        fields.add("manager", String.valueOf(colleague.id()));
        fields.add("password", TEMPORARY);
        return fields;
    }

    private Document submitNew(TestAccounts.Account admin, MultiValueMap<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request =
                post("/admin/users/new").with(as(admin)).with(csrf()).params(fields);
        return page(mvc.perform(request).andExpect(status().isOk()).andReturn());
    }

    long userId(String email) {
        return jdbc.sql("SELECT id FROM user_account WHERE email = CAST(:email AS citext)")
                .param("email", email)
                .query(Long.class)
                .single();
    }

    long agencyOf(TestAccounts.Account account) {
        return count("SELECT agency_id FROM user_account WHERE id = ?", account.id());
    }

    long areaOf(TestAccounts.Account account) {
        return count("SELECT id FROM area WHERE name = ?", account.areaName());
    }

    /** A new team in the account's agency. */
    long teamOf(TestAccounts.Account account) {
        return jdbc.sql("INSERT INTO team (agency_id, name) VALUES (:agency, :name) RETURNING id")
                .param("agency", agencyOf(account))
                .param("name", "Team " + unique())
                .query(Long.class)
                .single();
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
