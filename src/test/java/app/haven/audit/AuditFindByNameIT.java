package app.haven.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.haven.identity.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An administrator who knows only a name finds the user or child, and from them the audit entries by number; the
 * name travels in a POST, never a URL, and every child shown is audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditFindByNameIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void findsAUserOrAChildByPartOfTheirNameAndLinksToTheirEntries() throws Exception {
        var admin = accounts.create("SYSTEM_ADMINISTRATOR");
        var worker = accounts.create("PRACTITIONER");
        long child = child("Marigolda", "Brackenbury-Fenn");
        long namesake = child("Marigolda", "Thistlecombe");

        Document byChild = find(accounts.principal(admin), "marigolda brackenbury");
        assertThat(byChild.select("#children a").eachAttr("href")).containsExactly("/admin/audit?childId=" + child);
        assertThat(byChild.select("#children").text()).contains("Marigolda Brackenbury-Fenn");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE subject_type = 'audit-name-search'"
                                + " AND child_id = :child AND user_id = :admin")
                        .param("child", child)
                        .param("admin", admin.id())
                        .query(Long.class)
                        .single())
                .as("the child shown is audited")
                .isEqualTo(1);
        assertThat(find(accounts.principal(admin), "Marigolda")
                        .select("#children a")
                        .eachAttr("href"))
                .contains("/admin/audit?childId=" + child, "/admin/audit?childId=" + namesake);

        Document byUser = find(accounts.principal(admin), worker.displayName());
        assertThat(byUser.select("#users a").eachAttr("href")).contains("/admin/audit?userId=" + worker.id());

        Document nothing = find(accounts.principal(admin), "a");
        assertThat(nothing.select(".govuk-error-summary").text()).contains("Enter at least 2 letters");
    }

    @Test
    void onlyThoseWhoMayReadTheAuditLogMayFindByName() throws Exception {
        var worker = accounts.create("PRACTITIONER");
        assertThat(mvc.perform(post("/admin/audit/names")
                                .param("name", "Marigolda")
                                .with(user(accounts.principal(worker)))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/admin/audit")
                                .with(user(accounts.principal(accounts.create("SYSTEM_ADMINISTRATOR")))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("href=\"/admin/audit/names\"");
    }

    private Document find(UserDetails who, String name) throws Exception {
        return Jsoup.parse(mvc.perform(post("/admin/audit/names")
                        .param("name", name)
                        .with(user(who))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private long child(String given, String family) {
        long id = jdbc.sql("INSERT INTO person (kind, sex, created_at) VALUES ('CHILD', 'FEMALE', now()) RETURNING id")
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO person_name (person_id, name_type, given_names, family_name, added_at)"
                        + " VALUES (:id, 'LEGAL', :given, :family, now())")
                .param("id", id)
                .param("given", given)
                .param("family", family)
                .update();
        return id;
    }
}
