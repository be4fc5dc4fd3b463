package app.haven.identity.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.haven.identity.UserAccountChanged;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class UserAdminWebIT extends AdminWebTest {

    @Autowired
    ApplicationEvents events;

    @Test
    void sendsAnonymousVisitorsToSignInAndRefusesOtherRoles() throws Exception {
        var someone = accounts.create("PRACTITIONER");
        mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/users/{id}", someone.id())).andExpect(redirectedUrl("/login"));
        var practitioner = as(someone);
        mvc.perform(get("/admin/users").with(practitioner)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/{id}/edit", someone.id()).with(practitioner))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/{id}/disable", someone.id())
                        .with(practitioner)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(count("SELECT count(*) FROM user_account WHERE id = ? AND enabled", someone.id()))
                .isOne();
    }

    @Test
    void searchesByNameOrEmailAndStatus() throws Exception {
        var admin = administrator();
        var found = accounts.create("PRACTITIONER");
        accounts.disable(found.id());
        Document byEmail = page(mvc.perform(
                        get("/admin/users").with(admin).param("q", found.email().toUpperCase()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(byEmail.select("tbody tr").text())
                .contains(
                        found.displayName(),
                        found.email(),
                        found.agencyName(),
                        "Frontline practitioner",
                        "Disabled",
                        "Never");
        assertThat(byEmail.select("#user-count").text()).isEqualTo("1 user found");

        Document activeOnly = page(mvc.perform(get("/admin/users")
                        .with(admin)
                        .param("q", found.displayName())
                        .param("status", "active"))
                .andReturn());
        assertThat(activeOnly.select("tbody tr")).isEmpty();

        Document tampered = page(
                mvc.perform(get("/admin/users").with(admin).param("agency", "x").param("page", "-3"))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(tampered.select("tbody tr")).isNotEmpty();
    }

    @Test
    void pagesThroughManyUsers() throws Exception {
        var admin = administrator();
        for (int i = 0; i < UserDirectory.PAGE_SIZE + 1; i++) {
            accounts.create("PRACTITIONER");
        }
        Document first = page(mvc.perform(get("/admin/users").with(admin)).andReturn());
        assertThat(first.select("tbody tr")).hasSize(UserDirectory.PAGE_SIZE);
        assertThat(first.select(".govuk-pagination__next a").attr("href")).contains("page=2");
        Document second = page(
                mvc.perform(get("/admin/users").with(admin).param("page", "2")).andReturn());
        assertThat(second.select("tbody tr")).isNotEmpty();
    }

    @Test
    void disablesAndEnablesAnAccountRecordingEachChange() throws Exception {
        var admin = accounts.create("SYSTEM_ADMINISTRATOR");
        var user = accounts.create("PRACTITIONER");
        mvc.perform(post("/admin/users/{id}/disable", user.id()).with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + user.id()))
                .andExpect(flash().attribute("success", user.displayName() + "'s account is disabled"));
        assertThat(count("SELECT count(*) FROM user_account WHERE id = ? AND NOT enabled", user.id()))
                .isOne();
        Document shown = page(
                mvc.perform(get("/admin/users/{id}", user.id()).with(as(admin))).andReturn());
        assertThat(shown.select(".govuk-summary-list").text()).contains("Disabled", user.email());
        assertThat(shown.select("form[action$=/enable] button").text()).isEqualTo("Enable account");

        mvc.perform(post("/admin/users/{id}/enable", user.id()).with(as(admin)).with(csrf()));
        assertThat(count("SELECT count(*) FROM user_account WHERE id = ? AND enabled", user.id()))
                .isOne();
        assertThat(events.stream(UserAccountChanged.class)
                        .filter(e -> e.userId() == user.id() && e.actorId() == admin.id())
                        .map(UserAccountChanged::change))
                .containsExactly("disabled", "enabled");
    }

    @Test
    void unlocksAnAccountAndResetsItsAuthenticatorApp() throws Exception {
        var admin = administrator();
        var locked = accounts.create("PRACTITIONER");
        accounts.enrolMfa(locked.id(), "recovery-one");
        jdbc.sql("UPDATE user_account SET failed_sign_ins = 7, locked_until = now() + interval '1 hour' WHERE id = ?")
                .param(locked.id())
                .update();

        mvc.perform(post("/admin/users/{id}/unlock", locked.id()).with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + locked.id()));
        assertThat(count("SELECT count(*) FROM user_account WHERE id = ? AND locked_until IS NULL", locked.id()))
                .isOne();
        mvc.perform(post("/admin/users/{id}/reset-mfa", locked.id()).with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + locked.id()));
        assertThat(count("SELECT count(*) FROM user_mfa WHERE user_id = ?", locked.id()))
                .isZero();
        assertThat(count("SELECT count(*) FROM user_recovery_code WHERE user_id = ?", locked.id()))
                .isZero();
        assertThat(events.stream(UserAccountChanged.class).map(UserAccountChanged::change))
                .contains("unlocked", "MFA reset");
        mvc.perform(post("/admin/users/{id}/unlock", locked.id())
                        .with(practitioner())
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void administratorsCannotDisableThemselves() throws Exception {
        var admin = accounts.create("SYSTEM_ADMINISTRATOR");
        Document shown = page(mvc.perform(get("/admin/users/{id}", admin.id()).with(as(admin)))
                .andReturn());
        assertThat(shown.select("form[action$=/disable]")).isEmpty();

        Document refused = page(mvc.perform(post("/admin/users/{id}/disable", admin.id())
                        .with(as(admin))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(refused.select(".govuk-error-summary").text()).contains("You cannot disable your own account");
        assertThat(count("SELECT count(*) FROM user_account WHERE id = ? AND enabled", admin.id()))
                .isOne();
    }

    @Test
    void unknownAccountsAreNotFound() throws Exception {
        mvc.perform(get("/admin/users/999999999").with(administrator())).andExpect(status().isNotFound());
    }
}
