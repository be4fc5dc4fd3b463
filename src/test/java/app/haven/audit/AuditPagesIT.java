package app.haven.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.haven.identity.BreakGlassAccessGranted;
import app.haven.identity.TestAccounts;
import java.time.Instant;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class AuditPagesIT {

    static final TestPrincipal AUDITOR = TestPrincipal.of(900, 90);

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        for (String path : new String[] {"/admin/audit", "/admin/audit/verify", "/children/1/access"}) {
            mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        }
        mvc.perform(get("/actuator/auditchain")).andExpect(status().isFound());
    }

    @Test
    void usersWithoutThePermissionAreRefused() throws Exception {
        mvc.perform(as(get("/admin/audit"), "VIEW_RECORD_ACCESS")).andExpect(status().isForbidden());
        mvc.perform(as(get("/admin/audit/verify"), "VIEW_RECORD_ACCESS")).andExpect(status().isForbidden());
        mvc.perform(as(post("/admin/audit/verify").with(csrf()), "VIEW_RECORD_ACCESS"))
                .andExpect(status().isForbidden());
        mvc.perform(as(get("/children/1/access"), "VIEW_AUDIT")).andExpect(status().isForbidden());
        mvc.perform(as(get("/actuator/auditchain"), "VIEW_RECORD_ACCESS")).andExpect(status().isForbidden());
    }

    @Test
    void searchFindsEntriesByUserActionAndChildNewestFirst() throws Exception {
        var viewer = accounts.create("PRACTITIONER");
        TestPrincipal principal = new TestPrincipal(viewer.id(), viewer.displayName(), 1, viewer.agencyName());
        principal.signIn();
        auditLog.childRecordViewed(4401, "child", 4401);
        auditLog.record(AuditAction.UPDATE, "child", 4401, Optional.of(4401L), Optional.of("Address corrected"));
        SecurityContextHolder.clearContext();

        Document page = page(as(get("/admin/audit").param("userId", String.valueOf(viewer.id())), "VIEW_AUDIT"));

        assertThat(page.select("#result-count").text()).isEqualTo("2 entries found");
        assertThat(page.select("tbody tr td:nth-child(4)").eachText()).containsExactly("Changed", "Viewed");
        assertThat(page.select("tbody tr td:nth-child(2)").first().text()).contains(viewer.displayName());
        assertThat(page.select("tbody tr td:nth-child(7)").first().text()).isEqualTo("Address corrected");

        Document filtered = page(as(
                get("/admin/audit")
                        .param("childId", "4401")
                        .param("action", "view")
                        .param("from.day", "1")
                        .param("from.month", "1")
                        .param("from.year", "2000"),
                "VIEW_AUDIT"));
        assertThat(filtered.select("#result-count").text()).isEqualTo("1 entry found");
    }

    @Test
    void badFiltersShowTheGovukErrorSummary() throws Exception {
        Document page = page(as(
                get("/admin/audit")
                        .param("userId", "abc")
                        .param("from.day", "31")
                        .param("from.month", "2")
                        .param("from.year", "2025"),
                "VIEW_AUDIT"));
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a").eachText())
                .containsExactly(
                        "User ID must be a whole number, like 42", "Date from must be a real date, like 27 3 2025");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#userId", "#from-day");
        assertThat(page.select("input#userId").val()).isEqualTo("abc");
        assertThat(page.select("table")).isEmpty();
    }

    @Test
    void accessPageListsEveryViewerHighlightsBreakGlassAndIsItselfAudited() throws Exception {
        var first = accounts.create("PRACTITIONER");
        var second = accounts.create("POLICE_INVESTIGATOR");
        new TestPrincipal(first.id(), first.displayName(), 1, first.agencyName()).signIn();
        auditLog.childRecordViewed(5501, "child", 5501);
        auditLog.childRecordViewed(5501, "screening", 8);
        SecurityContextHolder.clearContext();
        events.publishEvent(new BreakGlassAccessGranted(3, second.id(), 2, 5501, "Urgent", Instant.now()));
        long before =
                jdbc.sql("SELECT max(id) FROM audit_event").query(Long.class).single();

        var manager = accounts.create("TEAM_MANAGER");
        involve(5501, manager);
        Document page = page(get("/children/5501/access").with(user(accounts.principal(manager))));

        assertThat(page.select("h1").text()).isEqualTo("Who has seen this record");
        assertThat(page.select("tbody tr[data-user-id=" + first.id() + "] td.govuk-table__cell--numeric")
                        .text())
                .isEqualTo("2");
        assertThat(page.select("tbody th").eachText()).contains(first.displayName(), second.displayName());
        assertThat(page.select("tbody tr[data-user-id=" + second.id() + "] .govuk-tag")
                        .text())
                .isEqualTo("Break-glass × 1");
        assertThat(page.select(".govuk-warning-text")).hasSize(1);
        var audited = jdbc.sql("SELECT * FROM audit_event WHERE id > :id")
                .param("id", before)
                .query()
                .listOfRows();
        assertThat(audited)
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .containsEntry("action", "view")
                        .containsEntry("subject_type", "record-access")
                        .containsEntry("child_id", 5501L)
                        .containsEntry("user_id", manager.id()));
    }

    @Test
    void accessPageAppliesTheRecordsScopeForManagersCoordinatorsAndAdministrators() throws Exception {
        var worker = accounts.create("PRACTITIONER");
        involve(5601, worker);
        for (String role : new String[] {"TEAM_MANAGER", "CSE_COORDINATOR", "SYSTEM_ADMINISTRATOR"}) {
            var elsewhere = accounts.create(role);
            long before = jdbc.sql("SELECT max(id) FROM audit_event")
                    .query(Long.class)
                    .single();
            String html = mvc.perform(get("/children/5601/access").with(user(accounts.principal(elsewhere))))
                    .andExpect(status().isForbidden())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(html).as(role).doesNotContain(worker.displayName());
            assertThat(jdbc.sql("SELECT action FROM audit_event WHERE id > :id")
                            .param("id", before)
                            .query(String.class)
                            .list())
                    .as("the refusal is audited, nothing else")
                    .containsExactly("refused");
            var colleague = accounts.partner(worker, role);
            if (role.equals("TEAM_MANAGER")) {
                involve(5601, colleague); // a team manager's reach is their team's children
            }
            mvc.perform(get("/children/5601/access").with(user(accounts.principal(colleague))))
                    .andExpect(status().isOk());
        }
    }

    /** A named worker in the account's area and agency works with the child. */
    private void involve(long childId, TestAccounts.Account worker) {
        jdbc.sql("""
                        INSERT INTO child_involvement (child_id, area_id, agency_id, user_id, started_at)
                        SELECT :child, ua.area_id, u.agency_id, u.id, now() FROM user_account u
                          JOIN user_area ua ON ua.user_id = u.id WHERE u.id = :user
                        """).param("child", childId).param("user", worker.id()).update();
    }

    @Test
    void verificationPageOffersACheckAndReportsAnIntactChain() throws Exception {
        Document form = page(as(get("/admin/audit/verify"), "VIEW_AUDIT"));
        assertThat(form.select("form[method=post][action=/admin/audit/verify] button")
                        .text())
                .isEqualTo("Check the audit log");

        Document result = page(as(post("/admin/audit/verify").with(csrf()), "VIEW_AUDIT"));
        assertThat(result.select(".govuk-panel__title").text()).isEqualTo("The audit log is intact");
        assertThat(result.select(".govuk-panel__body").text()).startsWith("intact, ");
    }

    @Test
    void actuatorEndpointReportsTheChainToAuditors() throws Exception {
        String body = mvc.perform(as(get("/actuator/auditchain"), "VIEW_AUDIT"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).contains("\"status\":\"intact\"").contains("\"entriesChecked\":");
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String... authorities) {
        return request.with(authentication(AUDITOR.authentication(authorities)));
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }
}
