package app.haven.chronology;

import static app.haven.chronology.TestTimelineEvent.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.haven.identity.TestAccounts;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetails;

/** Flagging an entry as significant: who and when are kept, it is audited, and only the child's own entries. */
class ChronologySignificanceIT extends ChronologyWebTest {

    private TestAccounts.Account managerAccount;
    private UserDetails manager;
    private long child;
    private long entry;

    @BeforeEach
    void childWithOneEntry() {
        managerAccount = accounts.create("TEAM_MANAGER");
        manager = principal(managerAccount);
        child = childKnownTo(managerAccount, "Tamsin", "Wrenfield");
        fixtures.publish(of(child, "2026-01-05T10:00:00Z", "health.visit", "Health visit", "Seen by the GP"));
        entry = fixtures.entryId(child, "Seen by the GP");
    }

    @Test
    void markingAnEntryRecordsWhoAndWhenIsAuditedAndReturnsToTheFilteredTimeline() throws Exception {
        long before = fixtures.lastAuditId();

        mvc.perform(toggle(child, entry).param("back", "?order=oldest&type=health.visit&significant=yes"))
                .andExpect(redirectedUrl("/children/" + child
                        + "/chronology?order=oldest&type=health.visit&significant=yes#entry-" + entry));

        Map<String, Object> stored = fixtures.entries(child).get(0);
        assertThat(stored.get("significant")).isEqualTo(true);
        assertThat(stored.get("significance_changed_by")).isEqualTo(managerAccount.id());
        assertThat(stored.get("significance_changed_at")).isNotNull();
        assertThat(fixtures.auditSince(before, child)).containsExactly("update chronology-entry");
        assertThat(chronology(child, manager, "?significant=yes")
                        .select("#timeline .govuk-tag")
                        .eachText())
                .containsExactly("Health visit", "Significant");
    }

    @Test
    void markingTwiceUnmarksTheEntry() throws Exception {
        mvc.perform(toggle(child, entry)).andExpect(status().is3xxRedirection());
        mvc.perform(toggle(child, entry)).andExpect(status().is3xxRedirection());

        assertThat(fixtures.entries(child).get(0).get("significant")).isEqualTo(false);
        assertThat(chronology(child, manager, "?significant=yes").select("#timeline li"))
                .isEmpty();
    }

    @Test
    void anotherChildsEntryIsNotFoundAndStaysUnchanged() throws Exception {
        long otherChild = childKnownTo(managerAccount, "Someone", "Else");
        long before = fixtures.lastAuditId();

        mvc.perform(toggle(otherChild, entry)).andExpect(status().isNotFound());

        assertThat(fixtures.entries(child).get(0).get("significant")).isEqualTo(false);
        assertThat(fixtures.auditSince(before, otherChild)).isEmpty();
        assertThat(fixtures.auditSince(before, child)).isEmpty();
    }

    @Test
    void aReturnAddressThatIsNotAFilterIsIgnored() throws Exception {
        mvc.perform(toggle(child, entry).param("back", "//evil.example/"))
                .andExpect(redirectedUrl("/children/" + child + "/chronology#entry-" + entry));
    }

    @Test
    void withoutTheFormsTokenNothingChanges() throws Exception {
        mvc.perform(post("/children/{id}/chronology/{entry}/significance", child, entry)
                        .with(user(manager)))
                .andExpect(status().isForbidden());
        assertThat(fixtures.entries(child).get(0).get("significant")).isEqualTo(false);
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder toggle(long childId, long id) {
        return post("/children/{id}/chronology/{entry}/significance", childId, id)
                .with(user(manager))
                .with(csrf());
    }
}
