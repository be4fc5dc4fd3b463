package app.haven.chronology;

import static app.haven.chronology.TestTimelineEvent.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.haven.identity.TestAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetails;

/** The printable chronology: marked, naming the child and who printed it, filtered like the page, and audited. */
class ChronologyPrintIT extends ChronologyWebTest {

    @Test
    void printShowsMarkingChildPrinterAndTheFilteredEntriesAndIsAuditedOnce() throws Exception {
        TestAccounts.Account managerAccount = accounts.create("TEAM_MANAGER");
        UserDetails manager = principal(managerAccount);
        long child = childKnownTo(managerAccount, "Ebony", "Marchbanks");
        fixtures.publish(
                of(child, "2026-01-05T10:00:00Z", "health.visit", "Health visit", "Seen by the GP"),
                of(child, "2026-02-05T10:00:00Z", "police.contact", "Police contact", "Stopped in town"));
        long before = fixtures.lastAuditId();

        Document print = page(get("/children/{id}/chronology/print?type=police.contact", child)
                .with(user(manager)));

        assertThat(print.select(".haven-marking").eachText()).containsOnly("OFFICIAL-SENSITIVE");
        assertThat(print.select("h1").text()).isEqualTo("Chronology: Ebony Marchbanks");
        assertThat(print.text())
                .contains("6 May 2011")
                .contains(managerAccount.displayName() + ", " + managerAccount.agencyName())
                .contains("1 (filtered)")
                .contains("Stopped in town")
                .doesNotContain("Seen by the GP");
        assertThat(fixtures.auditSince(before, child)).containsExactly("print chronology");
    }
}
