package app.haven.identity.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.haven.identity.TestAccounts;
import app.haven.identity.UserAccountChanged;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

@RecordApplicationEvents
class UserEditWebIT extends AdminWebTest {

    @Autowired
    ApplicationEvents events;

    @Test
    void savesAnEditAndRecordsWhatChanged() throws Exception {
        var admin = accounts.create("SYSTEM_ADMINISTRATOR");
        var user = accounts.create("PRACTITIONER");
        var fields =
                formOf(page(mvc.perform(get("/admin/users/{id}/edit", user.id()).with(as(admin)))
                        .andExpect(status().isOk())
                        .andReturn()));
        fields.add("roles", "TEAM_MANAGER");
        mvc.perform(post("/admin/users/{id}/edit", user.id())
                        .with(as(admin))
                        .with(csrf())
                        .params(fields))
                .andExpect(redirectedUrl("/admin/users/" + user.id()));
        assertThat(count("SELECT count(*) FROM user_role WHERE user_id = ?", user.id()))
                .isEqualTo(2);
        assertThat(count("SELECT version FROM user_account WHERE id = ?", user.id()))
                .isOne();
        assertThat(events.stream(UserAccountChanged.class)
                        .filter(e -> e.userId() == user.id())
                        .map(UserAccountChanged::change))
                .containsExactly("roles changed");
    }

    @Test
    void aStaleEditShowsBothVersionsKeepsWhatWasTypedAndSavesNothing() throws Exception {
        var admin = accounts.create("SYSTEM_ADMINISTRATOR");
        var user = accounts.create("PRACTITIONER");
        var mine = editForm(admin, user);
        var theirs = editForm(admin, user);

        theirs.set("name", "Their Name");
        mvc.perform(post("/admin/users/{id}/edit", user.id())
                        .with(as(admin))
                        .with(csrf())
                        .params(theirs))
                .andExpect(redirectedUrl("/admin/users/" + user.id()));

        mine.set("name", "My Name");
        Document conflict = page(mvc.perform(post("/admin/users/{id}/edit", user.id())
                        .with(as(admin))
                        .with(csrf())
                        .params(mine))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(conflict.select(".govuk-error-summary").text())
                .contains("Someone else changed this account while you were editing it");
        Element nameRow = conflict.select("#conflict tbody tr").first();
        assertThat(nameRow.text()).isEqualTo("Full name Their Name My Name");
        assertThat(conflict.select("input#name").val()).isEqualTo("My Name");
        assertThat(conflict.select("input[name=version]").val()).isEqualTo("1");
        assertThat(jdbc.sql("SELECT display_name FROM user_account WHERE id = :id")
                        .param("id", user.id())
                        .query(String.class)
                        .single())
                .isEqualTo("Their Name");

        // Having seen their version, saving again replaces it.
        mvc.perform(post("/admin/users/{id}/edit", user.id())
                        .with(as(admin))
                        .with(csrf())
                        .params(formOf(conflict)))
                .andExpect(redirectedUrl("/admin/users/" + user.id()));
        assertThat(count("SELECT count(*) FROM user_account WHERE id = ? AND display_name = 'My Name'", user.id()))
                .isOne();
    }

    @Test
    void badInputOnEditShowsErrorsAndSavesNothing() throws Exception {
        var admin = accounts.create("SYSTEM_ADMINISTRATOR");
        var user = accounts.create("PRACTITIONER");
        var fields = editForm(admin, user);
        fields.set("email", admin.email());
        fields.set("name", "n".repeat(121));
        fields.remove("roles");
        Document page = page(mvc.perform(post("/admin/users/{id}/edit", user.id())
                        .with(as(admin))
                        .with(csrf())
                        .params(fields))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select(".govuk-error-summary a").eachText())
                .containsExactly(
                        "Full name must be 120 characters or fewer",
                        "Another account already uses this email address",
                        "Select at least one role");
        assertThat(count("SELECT version FROM user_account WHERE id = ?", user.id()))
                .isZero();
    }

    private MultiValueMap<String, String> editForm(TestAccounts.Account admin, TestAccounts.Account user)
            throws Exception {
        return formOf(page(mvc.perform(get("/admin/users/{id}/edit", user.id()).with(as(admin)))
                .andReturn()));
    }

    /** What the browser would post from the page's form as it stands. */
    static MultiValueMap<String, String> formOf(Document page) {
        var fields = new LinkedMultiValueMap<String, String>();
        for (Element input : page.select("main form input, main form select")) {
            String name = input.attr("name");
            if (name.equals("_csrf") || name.isEmpty()) {
                continue;
            }
            if (input.tagName().equals("select")) {
                Element chosen = input.selectFirst("option[selected]");
                fields.add(name, chosen == null ? "" : chosen.val());
            } else if (!input.attr("type").equals("checkbox") || input.hasAttr("checked")) {
                fields.add(name, input.val());
            }
        }
        return fields;
    }
}
