package app.haven.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ReturnRowCheckTest {

    private static final LocalDate BORN = LocalDate.of(2011, 3, 9);

    private static Instant at(String london) {
        return LocalDateTime.parse(london).atZone(InterviewDeadline.LONDON).toInstant();
    }

    private static ReturnRow row(long id, long child, LocalDate born, String start, String end) {
        return ReturnRow.of(id, child, born, "MISSING", at(start), end == null ? null : at(end));
    }

    private static ReturnRowCheck check(ReturnRow... rows) {
        ReturnRowCheck check = new ReturnRowCheck(10);
        for (ReturnRow row : rows) {
            check.accept(row);
        }
        return check;
    }

    @Test
    void rowsThatKeepTheRulesPass() {
        ReturnRowCheck check = check(
                row(1, 7, BORN, "2025-05-01T10:00", "2025-05-02T10:00"),
                row(2, 7, BORN, "2025-05-02T10:00", "2025-05-03T09:00"),
                row(3, 7, BORN, "2025-06-01T10:00", null),
                row(4, 8, BORN, "2025-05-01T12:00", null));
        assertThat(check.found()).isZero();
        assertThat(check.breaches()).isEmpty();
    }

    @Test
    void namesAMissingDateOfBirthAStartBeforeItAndAnEndBeforeTheStart() {
        ReturnRowCheck check = check(
                row(1, 7, null, "2025-05-01T10:00", "2025-05-02T10:00"),
                row(2, 8, LocalDate.of(2025, 5, 2), "2025-05-01T10:00", "2025-05-01T12:00"),
                row(3, 9, BORN, "2025-05-03T10:00", "2025-05-02T10:00"));
        assertThat(check.breaches())
                .extracting(ReturnBreach::row, ReturnBreach::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CHILD 7, MIS_START 01/05/2025", "DOB is missing"),
                        org.assertj.core.groups.Tuple.tuple("CHILD 8, MIS_START 01/05/2025", "MIS_START is before DOB"),
                        org.assertj.core.groups.Tuple.tuple(
                                "CHILD 9, MIS_START 03/05/2025", "MIS_END is before MIS_START"));
    }

    @Test
    void namesOverlapsEvenWithALongEpisodeTwoRowsBackAndTwoOpenEpisodes() {
        ReturnRowCheck check = check(
                row(1, 7, BORN, "2025-05-01T10:00", "2025-05-20T10:00"),
                row(2, 7, BORN, "2025-05-03T10:00", "2025-05-04T10:00"),
                row(3, 7, BORN, "2025-05-10T10:00", "2025-05-11T10:00"),
                row(4, 8, BORN, "2025-06-01T10:00", null),
                row(5, 8, BORN, "2025-06-05T10:00", null));
        assertThat(check.breaches())
                .extracting(ReturnBreach::rule)
                .containsExactly(
                        "overlaps the episode starting 01/05/2025",
                        "overlaps the episode starting 01/05/2025",
                        "two open episodes (the other starts 01/06/2025)");
    }

    @Test
    void countsEveryBreachButNamesOnlyAsManyAsAsked() {
        ReturnRowCheck check = new ReturnRowCheck(2);
        for (int i = 0; i < 5; i++) {
            check.accept(row(i, i, null, "2025-05-01T10:00", null));
        }
        assertThat(check.found()).isEqualTo(5);
        assertThat(check.breaches()).hasSize(2);
    }

    @Test
    void differentChildrenNeverOverlapEachOther() {
        assertThat(check(row(1, 7, BORN, "2025-05-01T10:00", null), row(2, 8, BORN, "2025-05-01T10:00", null))
                        .found())
                .isZero();
    }
}
