package app.haven.identity.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TeamAdminWebIT extends AdminWebTest {

    @Test
    void sendsAnonymousVisitorsToSignInAndRefusesOtherRoles() throws Exception {
        mvc.perform(get("/admin/teams")).andExpect(redirectedUrl("/login"));
        var practitioner = practitioner();
        mvc.perform(get("/admin/teams").with(practitioner)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/teams/new").with(practitioner).with(csrf()).param("name", "Nope"))
                .andExpect(status().isForbidden());
    }

    @Test
    void addsRenamesAndRetiresATeamListedUnderItsAgency() throws Exception {
        var admin = accounts.create("SYSTEM_ADMINISTRATOR");
        long agency = count("SELECT agency_id FROM user_account WHERE id = ?", admin.id());
        mvc.perform(post("/admin/teams/new")
                        .with(as(admin))
                        .with(csrf())
                        .param("agency", String.valueOf(agency))
                        .param("name", "Exploitation Team"))
                .andExpect(redirectedUrl("/admin/teams"));
        long id = count("SELECT id FROM team WHERE agency_id = ? AND name = 'Exploitation Team'", agency);
        Document list = page(mvc.perform(get("/admin/teams").with(as(admin))).andReturn());
        assertThat(list.select("tbody tr").eachText())
                .anyMatch(row -> row.startsWith(admin.agencyName() + " Exploitation Team"));

        mvc.perform(post("/admin/teams/{id}/edit", id)
                        .with(as(admin))
                        .with(csrf())
                        .param("name", "Missing Team"))
                .andExpect(redirectedUrl("/admin/teams"));
        mvc.perform(post("/admin/teams/{id}/retire", id).with(as(admin)).with(csrf()));
        assertThat(count("SELECT count(*) FROM team WHERE id = ? AND retired AND name = 'Missing Team'", id))
                .isOne();
    }

    @Test
    void badInputShowsErrorsKeepsWhatWasTypedAndSavesNothing() throws Exception {
        var admin = accounts.create("SYSTEM_ADMINISTRATOR");
        long agency = count("SELECT agency_id FROM user_account WHERE id = ?", admin.id());
        Document unknown = page(mvc.perform(post("/admin/teams/new")
                        .with(as(admin))
                        .with(csrf())
                        .param("agency", "999999999")
                        .param("name", "Lost Team"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(unknown.select(".govuk-error-summary a").eachText())
                .containsExactly("Select the agency the team belongs to");
        assertThat(unknown.select("input#name").val()).isEqualTo("Lost Team");

        mvc.perform(post("/admin/teams/new")
                .with(as(admin))
                .with(csrf())
                .param("agency", String.valueOf(agency))
                .param("name", "Duplicate Team"));
        Document duplicate = page(mvc.perform(post("/admin/teams/new")
                        .with(as(admin))
                        .with(csrf())
                        .param("agency", String.valueOf(agency))
                        .param("name", "duplicate team"))
                .andReturn());
        assertThat(duplicate.select(".govuk-error-summary a").eachText())
                .containsExactly("This agency already has a team with this name");
        assertThat(count("SELECT count(*) FROM team WHERE name = 'Lost Team'")).isZero();
    }
}
