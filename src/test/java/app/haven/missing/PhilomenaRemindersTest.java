package app.haven.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhilomenaRemindersTest {

    @ParameterizedTest(name = "saved {0}, review after {1} months: due {2}")
    @CsvSource({
        "2026-11-30T10:00:00Z, 3, 2027-02-28",
        "2026-03-31T23:30:00Z, 3, 2026-07-01",
        "2026-10-25T00:30:00Z, 3, 2027-01-25",
        "2026-01-15T12:00:00Z, 12, 2027-01-15",
        "2026-06-30T22:59:00Z, 1, 2026-07-30"
    })
    void aProfileFallsDueForReviewMonthsAfterTheLondonDayItWasSaved(String saved, int months, String due) {
        assertThat(PhilomenaReminders.reviewDue(Instant.parse(saved), months)).isEqualTo(LocalDate.parse(due));
    }
}
