package app.haven.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
class BreakGlassWebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    HavenUserDetailsService users;

    @Autowired
    ChildInvolvements involvements;

    @Autowired
    JdbcClient jdbc;

    private HavenUser practitioner;
    private long child;

    @BeforeEach
    void childKnownToAnotherAgency() {
        practitioner = load(accounts.create("PRACTITIONER"));
        var elsewhere = accounts.create("PRACTITIONER");
        long area = jdbc.sql("SELECT area_id FROM user_area WHERE user_id = :id")
                .param("id", elsewhere.id())
                .query(Long.class)
                .single();
        long agency = jdbc.sql("SELECT agency_id FROM user_account WHERE id = :id")
                .param("id", elsewhere.id())
                .query(Long.class)
                .single();
        child = 9_000_000 + elsewhere.id();
        involvements.start(child, area, agency, Optional.empty(), Optional.of(elsewhere.id()));
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/children/{id}/break-glass", child)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void rolesWithoutBreakGlassAreRefused() throws Exception {
        HavenUser analyst = load(accounts.create("PARTNERSHIP_ANALYST"));
        mvc.perform(get("/children/{id}/break-glass", child).with(user(analyst)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/children/{id}/break-glass", child)
                        .with(user(analyst))
                        .with(csrf())
                        .param("reason", "I would like to see this record please"))
                .andExpect(status().isForbidden());
        assertThat(grants()).isZero();
    }

    @Test
    void showsWhoKnowsTheChildAndRequiresAReason() throws Exception {
        Document page =
                page(mvc.perform(get("/children/{id}/break-glass", child).with(user(practitioner))));
        assertThat(page.select("h1").text()).isEqualTo("You do not work with this child");
        assertThat(page.select("main li").text()).contains("Test Agency");

        Document blank = page(mvc.perform(post("/children/{id}/break-glass", child)
                .with(user(practitioner))
                .with(csrf())
                .param("reason", "   ")));
        assertThat(blank.title()).startsWith("Error: ");
        assertThat(blank.select(".govuk-error-summary a").text()).isEqualTo("Enter why you need to open this record");
        assertThat(grants()).isZero();
    }

    @Test
    void opensTheRecordWithAReasonThenAManagerReviewsIt() throws Exception {
        mvc.perform(post("/children/{id}/break-glass", child)
                        .with(user(practitioner))
                        .with(csrf())
                        .param("reason", "Child arrived at the out-of-hours service"))
                .andExpect(redirectedUrl("/children/" + child));
        assertThat(grants()).isOne();
        mvc.perform(get("/children/{id}/break-glass", child).with(user(practitioner)))
                .andExpect(redirectedUrl("/children/" + child));

        long grant = jdbc.sql("SELECT id FROM break_glass_grant WHERE child_id = :child")
                .param("child", child)
                .query(Long.class)
                .single();
        HavenUser manager = lineManagerOf(practitioner);
        long before = lastAudit();
        Document list = page(mvc.perform(get("/break-glass-reviews").with(user(manager))));
        assertThat(list.select("main table").first().text()).contains("Child arrived at the out-of-hours service");
        assertThat(auditedSince(before)).as("reading the list is audited once").containsExactly("view");

        Document missing = page(mvc.perform(
                post("/break-glass-reviews/{id}", grant).with(user(manager)).with(csrf())));
        assertThat(missing.select(".govuk-error-summary a").text())
                .isEqualTo("Select whether the access was justified");

        long beforeDecision = lastAudit();
        mvc.perform(post("/break-glass-reviews/{id}", grant)
                        .with(user(manager))
                        .with(csrf())
                        .param("outcome", "JUSTIFIED")
                        .param("note", "On-call, appropriate"))
                .andExpect(redirectedUrl("/break-glass-reviews"));
        assertThat(jdbc.sql("SELECT action || ' ' || child_id FROM audit_event WHERE id > :id")
                        .param("id", beforeDecision)
                        .query(String.class)
                        .list())
                .as("the decision is audited against the child")
                .containsExactly("update " + child);
        assertThat(jdbc.sql("SELECT review_outcome FROM break_glass_grant WHERE id = :id")
                        .param("id", grant)
                        .query(String.class)
                        .single())
                .isEqualTo("JUSTIFIED");
    }

    @Test
    void nobodyReviewsTheirOwnAccess() throws Exception {
        HavenUser manager = load(accounts.create("TEAM_MANAGER"));
        mvc.perform(post("/children/{id}/break-glass", child)
                .with(user(manager))
                .with(csrf())
                .param("reason", "Checking a referral that came in overnight"));
        long grant = jdbc.sql("SELECT id FROM break_glass_grant WHERE user_id = :id")
                .param("id", manager.userId())
                .query(Long.class)
                .single();
        Document own = page(mvc.perform(post("/break-glass-reviews/{id}", grant)
                .with(user(manager))
                .with(csrf())
                .param("outcome", "JUSTIFIED")));
        assertThat(own.select(".govuk-error-summary a").text()).contains("cannot review your own");
        mvc.perform(get("/break-glass-reviews").with(user(practitioner))).andExpect(status().isForbidden());
    }

    @Test
    void aManagerOutsideTheRequestersLineAndAreasNeitherSeesNorDecidesTheReview() throws Exception {
        mvc.perform(post("/children/{id}/break-glass", child)
                .with(user(practitioner))
                .with(csrf())
                .param("reason", "Child arrived at the out-of-hours service"));
        long grant = jdbc.sql("SELECT id FROM break_glass_grant WHERE child_id = :child")
                .param("child", child)
                .query(Long.class)
                .single();
        for (String role : new String[] {"TEAM_MANAGER", "CSE_COORDINATOR", "SYSTEM_ADMINISTRATOR"}) {
            HavenUser elsewhere = load(accounts.create(role));
            Document list = page(mvc.perform(get("/break-glass-reviews").with(user(elsewhere))));
            assertThat(list.text()).as(role).doesNotContain("out-of-hours service");
            long before = lastAudit();
            mvc.perform(get("/break-glass-reviews/{id}", grant).with(user(elsewhere)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/break-glass-reviews/{id}", grant)
                            .with(user(elsewhere))
                            .with(csrf())
                            .param("outcome", "NOT_JUSTIFIED"))
                    .andExpect(status().isForbidden());
            assertThat(auditedSince(before)).as(role).containsExactly("refused", "refused");
        }
        HavenUser sameAreaManager = load(accounts.partner(account(practitioner), "TEAM_MANAGER"));
        mvc.perform(get("/break-glass-reviews/{id}", grant).with(user(sameAreaManager)))
                .andExpect(status().isForbidden());
        HavenUser sameAreaCoordinator = load(accounts.partner(account(practitioner), "CSE_COORDINATOR"));
        mvc.perform(get("/break-glass-reviews/{id}", grant).with(user(sameAreaCoordinator)))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT review_outcome FROM break_glass_grant WHERE id = :id")
                        .param("id", grant)
                        .query(String.class)
                        .optional())
                .isEmpty();
    }

    /** A team manager to whom the user reports. */
    private HavenUser lineManagerOf(HavenUser user) {
        TestAccounts.Account manager = accounts.create("TEAM_MANAGER");
        jdbc.sql("UPDATE user_account SET manager_id = :manager WHERE id = :id")
                .param("manager", manager.id())
                .param("id", user.userId())
                .update();
        return load(manager);
    }

    private TestAccounts.Account account(HavenUser user) {
        return new TestAccounts.Account(user.userId(), user.getUsername(), user.displayName(), user.agencyName(), "");
    }

    private long lastAudit() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event")
                .query(Long.class)
                .single();
    }

    private java.util.List<String> auditedSince(long id) {
        return jdbc.sql("SELECT action FROM audit_event WHERE id > :id ORDER BY id")
                .param("id", id)
                .query(String.class)
                .list();
    }

    private long grants() {
        return jdbc.sql("SELECT count(*) FROM break_glass_grant WHERE child_id = :child")
                .param("child", child)
                .query(Long.class)
                .single();
    }

    private HavenUser load(TestAccounts.Account account) {
        return (HavenUser) users.loadUserByUsername(account.email());
    }

    private static Document page(ResultActions result) throws Exception {
        return Jsoup.parse(
                result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
