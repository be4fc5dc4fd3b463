package app.haven.identity.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class AgencyAdminWebIT extends AdminWebTest {

    @Test
    void sendsAnonymousVisitorsToSignInAndRefusesOtherRoles() throws Exception {
        mvc.perform(get("/admin/agencies")).andExpect(redirectedUrl("/login"));
        var practitioner = practitioner();
        mvc.perform(get("/admin/agencies/new").with(practitioner)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/agencies/new")
                        .with(practitioner)
                        .with(csrf())
                        .param("name", "Forbidden Agency")
                        .param("kind", "POLICE"))
                .andExpect(status().isForbidden());
    }

    @Test
    void addsAnAgencyCoveringAreasThenChangesAndRetiresIt() throws Exception {
        var admin = administrator();
        long north = area("North"), south = area("South");
        String name = "Shire Police " + unique();
        mvc.perform(post("/admin/agencies/new")
                        .with(admin)
                        .with(csrf())
                        .param("name", name)
                        .param("kind", "POLICE")
                        .param("areas", String.valueOf(north), String.valueOf(south)))
                .andExpect(redirectedUrl("/admin/agencies"));
        long id = jdbc.sql("SELECT id FROM agency WHERE name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
        assertThat(count("SELECT count(*) FROM agency_area WHERE agency_id = ?", id))
                .isEqualTo(2);
        Document list = page(mvc.perform(get("/admin/agencies").with(admin)).andReturn());
        assertThat(list.select("tbody tr").text()).contains(name, "Police");

        Document edit = page(
                mvc.perform(get("/admin/agencies/{id}/edit", id).with(admin)).andReturn());
        assertThat(edit.select("input[name=kind][checked]").val()).isEqualTo("POLICE");
        assertThat(edit.select("input[name=areas][checked]")).hasSize(2);

        mvc.perform(post("/admin/agencies/{id}/edit", id)
                        .with(admin)
                        .with(csrf())
                        .param("name", name)
                        .param("kind", "YOUTH_JUSTICE")
                        .param("areas", String.valueOf(north)))
                .andExpect(redirectedUrl("/admin/agencies"));
        assertThat(count("SELECT count(*) FROM agency_area WHERE agency_id = ?", id))
                .isOne();
        assertThat(count("SELECT count(*) FROM agency WHERE id = ? AND kind = 'YOUTH_JUSTICE'", id))
                .isOne();

        mvc.perform(post("/admin/agencies/{id}/retire", id).with(admin).with(csrf()));
        assertThat(count("SELECT count(*) FROM agency WHERE id = ? AND retired", id))
                .isOne();
    }

    @Test
    void badInputShowsErrorsKeepsWhatWasTypedAndSavesNothing() throws Exception {
        var admin = administrator();
        String name = "Tampered Agency " + unique();
        Document page = page(mvc.perform(post("/admin/agencies/new")
                        .with(admin)
                        .with(csrf())
                        .param("name", name)
                        .param("kind", "SPACE_FORCE")
                        .param("areas", "999999999"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select(".govuk-error-summary a").eachText())
                .containsExactly("Select what kind of agency it is", "Select areas from the list");
        assertThat(page.select("input#name").val()).isEqualTo(name);

        Document empty = page(
                mvc.perform(post("/admin/agencies/new").with(admin).with(csrf()).param("name", " "))
                        .andReturn());
        assertThat(empty.select(".govuk-error-summary a").eachText())
                .containsExactly(
                        "Enter the agency's name",
                        "Select what kind of agency it is",
                        "Select at least one area the agency covers");
        assertThat(count("SELECT count(*) FROM agency WHERE name = ?", name)).isZero();
    }

    @Test
    void refusesADuplicateName() throws Exception {
        var admin = administrator();
        var existing = accounts.create();
        Document page = page(mvc.perform(post("/admin/agencies/new")
                        .with(admin)
                        .with(csrf())
                        .param("name", existing.agencyName().toLowerCase())
                        .param("kind", "HEALTH")
                        .param("areas", String.valueOf(area("Dup"))))
                .andReturn());
        assertThat(page.select(".govuk-error-summary a").eachText())
                .containsExactly("An agency with this name already exists");
    }

    long area(String prefix) {
        String code = prefix.toLowerCase() + "-" + unique();
        return jdbc.sql("INSERT INTO area (code, name) VALUES (:code, :code) RETURNING id")
                .param("code", code)
                .query(Long.class)
                .single();
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
