package app.haven.chronology;

import static app.haven.chronology.TestTimelineEvent.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.haven.identity.TestAccounts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.core.userdetails.UserDetails;

/** The timeline page: what each entry shows, order, filters, bad dates, merged records and paging. */
class ChronologyTimelineIT extends ChronologyWebTest {

    private TestAccounts.Account managerAccount;
    private UserDetails manager;
    private long child;

    @BeforeEach
    void childInAManagersScope() {
        managerAccount = accounts.create("TEAM_MANAGER");
        manager = principal(managerAccount);
        child = childKnownTo(managerAccount, "Ebony", "Marchbanks");
    }

    @Test
    void showsEachEntryInLondonTimeWithTypeSummaryAgencyRecorderAndLink() throws Exception {
        fixtures.publish(of(child, "2026-04-03T13:05:00Z", "school.exclusion", "Exclusion", "Excluded for 2 days")
                .by(managerAccount.id(), fixtures.agencyOf(managerAccount))
                .markedSignificant()
                .linkedTo("/children/" + child));

        Document page = chronology(child, manager, "");

        assertThat(page.select("h1").text()).isEqualTo("Chronology");
        assertThat(page.select(".govuk-caption-l").text()).isEqualTo("Ebony Marchbanks");
        Element entry = page.selectFirst("#timeline li");
        assertThat(entry.text())
                .contains("3 April 2026, 14:05")
                .contains("Excluded for 2 days")
                .contains(managerAccount.agencyName())
                .contains(managerAccount.displayName());
        assertThat(entry.select(".govuk-tag").eachText()).containsExactly("Exclusion", "Significant");
        assertThat(entry.select("a.govuk-link").attr("href")).isEqualTo("/children/" + child);
        assertThat(page.select("a:contains(Print this chronology)").attr("href"))
                .startsWith("/children/" + child + "/chronology/print");
    }

    @Test
    void listsNewestFirstOrOldestFirstOnRequestWithTiesInTheOrderRecorded() throws Exception {
        fixtures.publish(
                of(child, "2026-01-10T09:00:00Z", "police.contact", "Police contact", "Middle A"),
                of(child, "2026-01-10T09:00:00Z", "police.contact", "Police contact", "Middle B"),
                of(child, "2025-12-01T09:00:00Z", "health.visit", "Health visit", "Oldest"),
                of(child, "2026-02-01T09:00:00Z", "health.visit", "Health visit", "Newest"));

        assertThat(summaries(chronology(child, manager, "")))
                .containsExactly("Newest", "Middle B", "Middle A", "Oldest");
        assertThat(summaries(chronology(child, manager, "?order=oldest")))
                .containsExactly("Oldest", "Middle A", "Middle B", "Newest");
    }

    @Test
    void filtersByAgencyTypeDatesAndSignificance() throws Exception {
        TestAccounts.Account police = accounts.create("POLICE_INVESTIGATOR");
        long policeAgency = fixtures.agencyOf(police);
        fixtures.publish(
                of(child, "2026-01-05T10:00:00Z", "police.contact", "Police contact", "Stopped in town")
                        .by(police.id(), policeAgency),
                of(child, "2026-02-05T10:00:00Z", "health.visit", "Health visit", "Seen by school nurse")
                        .markedSignificant(),
                of(child, "2026-03-05T10:00:00Z", "school.exclusion", "Exclusion", "Excluded for a day"));

        Document all = chronology(child, manager, "");
        assertThat(all.select("select#agency option").eachText()).containsExactly("All agencies", police.agencyName());
        assertThat(all.select("input[name=type]").eachAttr("value"))
                .containsExactlyInAnyOrder("police.contact", "health.visit", "school.exclusion");

        assertThat(summaries(chronology(child, manager, "?agency=" + policeAgency)))
                .containsExactly("Stopped in town");
        assertThat(summaries(chronology(child, manager, "?type=health.visit&type=school.exclusion")))
                .containsExactly("Excluded for a day", "Seen by school nurse");
        assertThat(summaries(chronology(
                        child, manager, "?from.day=1&from.month=2&from.year=2026&to.day=5&to.month=2&to.year=2026")))
                .containsExactly("Seen by school nurse");
        assertThat(summaries(chronology(child, manager, "?significant=yes"))).containsExactly("Seen by school nurse");
    }

    @ParameterizedTest
    @CsvSource({
        "?from.day=31&from.month=2&from.year=2026, Date from must be a real date",
        "?to.day=1&to.month=13&to.year=2026, Date to must be a real date",
        "?from.day=x&from.month=1&from.year=2026, Date from must be a real date",
        "?from.day=2&from.month=3&from.year=2026&to.day=1&to.month=3&to.year=2026,"
                + " Date to must be the same as or after date from"
    })
    void badDatesShowAnErrorSummaryAndTheWholeTimeline(String query, String message) throws Exception {
        fixtures.publish(
                of(child, "2026-01-05T10:00:00Z", "health.visit", "Health visit", "First"),
                of(child, "2026-03-05T10:00:00Z", "health.visit", "Health visit", "Second"));

        Document page = chronology(child, manager, query);

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary").text()).contains(message);
        assertThat(summaries(page)).containsExactly("Second", "First");
    }

    @Test
    void aMergedRecordsHistoryJoinsTheKeptRecordsTimeline() throws Exception {
        long duplicate = fixtures.child("Ebbie", "Marchbanks", LocalDate.of(2011, 6, 5));
        fixtures.publish(
                of(child, "2026-01-05T10:00:00Z", "health.visit", "Health visit", "On the kept record"),
                of(duplicate, "2026-02-05T10:00:00Z", "police.contact", "Police contact", "On the duplicate"));
        fixtures.merge(duplicate, child);

        assertThat(summaries(chronology(child, manager, ""))).containsExactly("On the duplicate", "On the kept record");
        mvc.perform(get("/children/{id}/chronology", duplicate).with(user(manager)))
                .andExpect(redirectedUrl("/children/" + child + "/chronology"));
    }

    @Test
    void showsAHundredEntriesAPageWithGovukPagination() throws Exception {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        fixtures.publish(IntStream.range(0, 101)
                .mapToObj(n -> new TestTimelineEvent(
                        child,
                        start.plusSeconds(3600L * n),
                        "health.visit",
                        "Health visit",
                        "Visit " + n,
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        false,
                        java.util.Optional.empty()))
                .toArray(TestTimelineEvent[]::new));

        Document first = chronology(child, manager, "");
        assertThat(first.select("#entry-count").text()).isEqualTo("101 entries");
        assertThat(first.select("#timeline li")).hasSize(100);
        assertThat(first.select(".govuk-pagination__next a").attr("href"))
                .isEqualTo("/children/" + child + "/chronology?order=newest&page=2");
        assertThat(summaries(chronology(child, manager, "?page=2"))).containsExactly("Visit 0");
    }

    @Test
    void anAdultHasNoChronology() throws Exception {
        long adult = fixtures.adult("Agatha", "Marchbanks", LocalDate.of(1980, 1, 1));
        mvc.perform(get("/children/{id}/chronology", adult).with(user(manager))).andExpect(status().isNotFound());
    }

    private static java.util.List<String> summaries(Document page) {
        return page.select("#timeline li").stream()
                .map(li -> li.select("p").get(1).ownText().strip())
                .toList();
    }
}
