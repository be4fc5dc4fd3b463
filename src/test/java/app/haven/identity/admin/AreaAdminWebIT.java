package app.haven.identity.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class AreaAdminWebIT extends AdminWebTest {

    @Test
    void sendsAnonymousVisitorsToSignIn() throws Exception {
        mvc.perform(get("/admin/areas")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/admin/areas/new").with(csrf()).param("name", "Nowhere"))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void refusesUsersWithoutTheReferenceDataPermission() throws Exception {
        var practitioner = practitioner();
        mvc.perform(get("/admin/areas").with(practitioner)).andExpect(status().isForbidden());
        mvc.perform(get("/admin").with(practitioner)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/areas/new").with(practitioner).with(csrf()).param("name", "Forbidden Vale"))
                .andExpect(status().isForbidden());
        assertThat(count("SELECT count(*) FROM area WHERE name = 'Forbidden Vale'"))
                .isZero();
    }

    @Test
    void addsAnAreaWithACodeMadeFromItsNameAndListsIt() throws Exception {
        var admin = administrator();
        String name = "North Shire " + unique();
        mvc.perform(post("/admin/areas/new").with(admin).with(csrf()).param("name", " " + name + " "))
                .andExpect(redirectedUrl("/admin/areas"))
                .andExpect(flash().attribute("success", "Area " + name + " added"));
        assertThat(jdbc.sql("SELECT code FROM area WHERE name = :name")
                        .param("name", name)
                        .query(String.class)
                        .single())
                .isEqualTo(name.toLowerCase().replace(' ', '-'));
        Document list = page(mvc.perform(get("/admin/areas").with(admin)).andReturn());
        assertThat(list.select("tbody tr").text()).contains(name);
    }

    @Test
    void badInputShowsErrorsKeepsWhatWasTypedAndSavesNothing() throws Exception {
        var admin = administrator();
        String existing = "Existing Area " + unique();
        mvc.perform(post("/admin/areas/new").with(admin).with(csrf()).param("name", existing));

        Document duplicate = page(mvc.perform(post("/admin/areas/new")
                        .with(admin)
                        .with(csrf())
                        .param("name", existing.toUpperCase())
                        .param("code", "fresh-code"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(duplicate.title()).startsWith("Error: ");
        assertThat(duplicate.select(".govuk-error-summary a").eachText())
                .containsExactly("An area with this name already exists");
        assertThat(duplicate.select("input#name").val()).isEqualTo(existing.toUpperCase());

        Document bad = page(mvc.perform(post("/admin/areas/new")
                        .with(admin)
                        .with(csrf())
                        .param("name", "x".repeat(121))
                        .param("code", "Bad Code!"))
                .andReturn());
        assertThat(bad.select(".govuk-error-summary a").eachText())
                .containsExactly(
                        "Name must be 120 characters or fewer",
                        "Code must be 2 to 40 lower-case letters, numbers or hyphens");
        assertThat(bad.select("input#code").val()).isEqualTo("Bad Code!");
        assertThat(count("SELECT count(*) FROM area WHERE code IN ('fresh-code', 'Bad Code!')"))
                .isZero();
    }

    @Test
    void showsMarkupInNamesAsText() throws Exception {
        var admin = administrator();
        String name = "<script>alert(1)</script> " + unique();
        mvc.perform(post("/admin/areas/new")
                .with(admin)
                .with(csrf())
                .param("name", name)
                .param("code", "xss-" + unique()));
        String html = mvc.perform(get("/admin/areas").with(admin))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)");
    }

    @Test
    void renamesRetiresAndReinstatesButNeverDeletes() throws Exception {
        var admin = administrator();
        String code = "area-" + unique();
        mvc.perform(post("/admin/areas/new")
                .with(admin)
                .with(csrf())
                .param("name", "Old " + code)
                .param("code", code));
        long id = jdbc.sql("SELECT id FROM area WHERE code = :code")
                .param("code", code)
                .query(Long.class)
                .single();

        mvc.perform(post("/admin/areas/{id}/edit", id).with(admin).with(csrf()).param("name", "New " + code))
                .andExpect(redirectedUrl("/admin/areas"));
        mvc.perform(post("/admin/areas/{id}/retire", id).with(admin).with(csrf()))
                .andExpect(flash().attribute("success", "Area New " + code + " retired"));
        assertThat(count("SELECT count(*) FROM area WHERE id = ? AND retired AND name = ?", id, "New " + code))
                .isOne();
        mvc.perform(post("/admin/areas/{id}/reinstate", id).with(admin).with(csrf()));
        assertThat(count("SELECT count(*) FROM area WHERE id = ? AND NOT retired", id))
                .isOne();
        mvc.perform(post("/admin/areas/{id}/edit", id).with(admin).with(csrf()).param("name", ""))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/areas/999999999/edit").with(admin)).andExpect(status().isNotFound());
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
