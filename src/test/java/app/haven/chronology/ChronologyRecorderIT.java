package app.haven.chronology;

import static app.haven.chronology.ChronologyFixtures.at;
import static app.haven.chronology.TestTimelineEvent.of;
import static org.assertj.core.api.Assertions.assertThat;

import app.haven.identity.TestAccounts;
import app.haven.people.ChildRecordChanged;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Any module's {@code ChildTimelineEvent} becomes an entry, committed with the publisher's change or not at all. */
@SpringBootTest
class ChronologyRecorderIT {

    @Autowired
    ChronologyFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void entriesCanNeverBeDeleted() {
        long child = fixtures.child("Orla", "Pennywhistle", LocalDate.of(2011, 5, 6));
        fixtures.publish(of(child, "2026-01-05T10:00:00Z", "health.visit", "Health visit", "Seen by the GP"));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.sql("DELETE FROM chronology_entry WHERE child_id = :id")
                                .param("id", child)
                                .update())
                .hasMessageContaining("chronology entries are never deleted");
        // Haven's own database role may not empty a table at all (ADR 0010); the owner meets the trigger.
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.sql("TRUNCATE chronology_entry").update())
                .rootCause()
                .hasMessageContaining("permission denied for table chronology_entry");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> app.haven.platform.database.DatabaseInsider.owner(jdbc)
                        .sql("TRUNCATE chronology_entry")
                        .update())
                .hasMessageContaining("chronology entries are never deleted");
        assertThat(fixtures.entries(child)).hasSize(1);
    }

    @Test
    void aPeopleRecordChangeIsStoredWithEveryField() {
        TestAccounts.Account worker = accounts.create("PRACTITIONER");
        long agency = fixtures.agencyOf(worker);
        long child = fixtures.child("Orla", "Pennywhistle", LocalDate.of(2011, 5, 6));

        fixtures.publish(new ChildRecordChanged(
                child,
                ChildRecordChanged.Change.MERGED,
                "Merged with a duplicate record",
                Instant.parse("2026-04-03T13:05:00Z"),
                worker.id(),
                agency));

        Map<String, Object> entry = fixtures.entries(child).get(0);
        assertThat(entry)
                .containsEntry("occurred_at", at("2026-04-03T13:05:00Z"))
                .containsEntry("event_type", "people.records-merged")
                .containsEntry("event_type_label", "Records merged")
                .containsEntry("summary", "Merged with a duplicate record")
                .containsEntry("user_id", worker.id())
                .containsEntry("agency_id", agency)
                .containsEntry("significant", true)
                .containsEntry("link", "/children/" + child)
                .containsEntry("significance_changed_by", null);
        assertThat(entry.get("recorded_at")).isNotNull();
    }

    @Test
    void anEventFromAnyModuleIsStoredWithoutAUserAgencyOrLink() {
        long child = fixtures.child("Orla", "Pennywhistle", LocalDate.of(2011, 5, 6));

        fixtures.publish(of(child, "2026-01-05T10:00:00Z", "health.visit", "Health visit", "Seen by the GP"));

        assertThat(fixtures.entries(child))
                .singleElement()
                .satisfies(entry -> assertThat(entry)
                        .containsEntry("summary", "Seen by the GP")
                        .containsEntry("user_id", null)
                        .containsEntry("agency_id", null)
                        .containsEntry("link", null)
                        .containsEntry("significant", false));
    }

    @Test
    void anEventInARolledBackTransactionLeavesNoEntry() {
        long child = fixtures.child("Orla", "Pennywhistle", LocalDate.of(2011, 5, 6));

        fixtures.publishAndRollBack(of(child, "2026-01-05T10:00:00Z", "health.visit", "Health visit", "Never"));

        assertThat(fixtures.entries(child)).isEmpty();
    }

    @Test
    void aSummaryLongerThanAThousandCharactersIsShortenedToFit() {
        long child = fixtures.child("Orla", "Pennywhistle", LocalDate.of(2011, 5, 6));

        fixtures.publish(of(child, "2026-01-05T10:00:00Z", "health.visit", "Health visit", "x".repeat(1500)));

        String summary = (String) fixtures.entries(child).get(0).get("summary");
        assertThat(summary).hasSize(1000).endsWith("…");
    }
}
