package app.haven.chronology;

import static app.haven.chronology.TestTimelineEvent.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.haven.identity.TestAccounts;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.core.userdetails.UserDetails;

/** Who may open a chronology, what happens outside scope, and the audit entry each view leaves. */
class ChronologyAccessIT extends ChronologyWebTest {

    private TestAccounts.Account managerAccount;
    private long child;
    private long entry;

    @BeforeEach
    void childWithOneEntry() {
        managerAccount = accounts.create("TEAM_MANAGER");
        child = childKnownTo(managerAccount, "Orla", "Pennywhistle");
        fixtures.publish(of(child, "2026-01-05T10:00:00Z", "health.visit", "Health visit", "Seen by the GP"));
        entry = fixtures.entryId(child, "Seen by the GP");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        for (String path : List.of("/chronology", "/chronology/print")) {
            mvc.perform(get("/children/" + child + path)).andExpect(redirectedUrl("/login"));
        }
        mvc.perform(post("/children/{id}/chronology/{entry}/significance", child, entry)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login"));
    }

    /**
     * Every seeded role, with the child involved with them so scope is not what decides: the pages open exactly
     * for the roles holding VIEW_CHILD, and a refusal leaves no audit entry.
     */
    @ParameterizedTest
    @CsvSource({
        "PRACTITIONER, 200",
        "SAFEGUARDING_LEAD, 200",
        "TEAM_MANAGER, 200",
        "CSE_COORDINATOR, 200",
        "POLICE_INVESTIGATOR, 200",
        "INTELLIGENCE_ANALYST, 200",
        "CASE_WORKER, 200",
        "PARTNERSHIP_ANALYST, 403",
        "SYSTEM_ADMINISTRATOR, 403"
    })
    void opensForTheRolesThatMayViewAChild(String role, int expected) throws Exception {
        TestAccounts.Account account = accounts.create(role);
        fixtures.involve(child, account);
        UserDetails holder = principal(account);
        long before = fixtures.lastAuditId();
        for (String path : List.of("/chronology", "/chronology/print")) {
            mvc.perform(get("/children/" + child + path).with(user(holder))).andExpect(status().is(expected));
        }
        assertThat(fixtures.auditSince(before, child))
                .containsExactlyElementsOf(
                        expected == 200
                                ? List.of("view chronology", "print chronology")
                                : List.of("refused child", "refused child"));
    }

    @Test
    void anIntelligenceAnalystMayReadButNotFlagEntries() throws Exception {
        TestAccounts.Account analyst = accounts.create("INTELLIGENCE_ANALYST");
        fixtures.involve(child, analyst);
        UserDetails holder = principal(analyst);

        Document page = chronology(child, holder, "");
        assertThat(page.select("#timeline li")).hasSize(1);
        assertThat(page.select("#timeline form")).isEmpty();
        mvc.perform(post("/children/{id}/chronology/{entry}/significance", child, entry)
                        .with(user(holder))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void someoneOutsideTheChildsScopeIsRefusedSeesNothingAndTheRefusalIsAudited() throws Exception {
        UserDetails outsider = principal(accounts.create("PRACTITIONER"));
        long before = fixtures.lastAuditId();

        for (String path : List.of("/chronology", "/chronology/print")) {
            String body = mvc.perform(get("/children/" + child + path).with(user(outsider)))
                    .andExpect(status().isForbidden())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(body)
                    .doesNotContain("Seen by the GP")
                    .doesNotContain("Pennywhistle")
                    .contains("outside your record scope")
                    .contains("/children/" + child + "/break-glass");
        }
        mvc.perform(post("/children/{id}/chronology/{entry}/significance", child, entry)
                        .with(user(outsider))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(fixtures.auditSince(before, child))
                .containsExactly("refused child", "refused child", "refused child");
    }

    @Test
    void eachViewOfTheChronologyIsAuditedExactlyOnce() throws Exception {
        UserDetails manager = principal(managerAccount);
        long before = fixtures.lastAuditId();

        chronology(child, manager, "");
        chronology(child, manager, "?order=oldest&type=health.visit");

        assertThat(fixtures.auditSince(before, child)).containsExactly("view chronology", "view chronology");
    }
}
