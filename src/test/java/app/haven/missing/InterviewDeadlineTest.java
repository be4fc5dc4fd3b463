package app.haven.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InterviewDeadlineTest {

    private static InterviewDeadline after(String londonReturn) {
        return new InterviewDeadline(
                LocalDateTime.parse(londonReturn)
                        .atZone(InterviewDeadline.LONDON)
                        .toInstant(),
                72);
    }

    @ParameterizedTest(name = "returned {0} (London) → due {1} (London)")
    @CsvSource({
        // across midnight: a late-evening return is due three days on at the same time
        "2026-06-10T23:30, 2026-06-13T23:30",
        // a Friday-evening return is due on Monday evening: weekends count (statutory guidance has no exception)
        "2026-06-12T18:00, 2026-06-15T18:00",
        // a Saturday return falls due on the Tuesday
        "2026-06-13T09:15, 2026-06-16T09:15",
        // clocks go back on Sunday 25 October 2026: 72 elapsed hours end an hour earlier by the wall clock
        "2026-10-24T12:00, 2026-10-27T11:00",
        // clocks go forward on Sunday 29 March 2026: an hour later by the wall clock
        "2026-03-28T12:00, 2026-03-31T13:00",
        // a return within the hour that is repeated when the clocks go back (the first 01:30, BST)
        "2026-10-25T01:30, 2026-10-28T00:30",
        // a return just after midnight on the day the clocks go forward
        "2026-03-29T00:30, 2026-04-01T01:30"
    })
    void isDueSeventyTwoElapsedHoursAfterTheReturnOnTheLondonClock(String returned, String due) {
        ZonedDateTime dueLocal = after(returned).dueLocal();
        assertThat(dueLocal.toLocalDateTime()).isEqualTo(LocalDateTime.parse(due));
        assertThat(after(returned).dueOn()).isEqualTo(LocalDate.parse(due.substring(0, 10)));
    }

    @Test
    void aReturnLateOnADayIsDueForTheInboxOnTheLondonDateNotTheUtcDate() {
        // 23:30 BST on 10 June is 22:30 UTC; 23:30 on the 13th is still the 13th in London
        InterviewDeadline deadline = after("2026-06-10T23:30");
        assertThat(deadline.dueOn()).isEqualTo(LocalDate.of(2026, 6, 13));
        // 00:30 BST on 11 June is 23:30 UTC on the 10th; due on the 14th in London, not the 13th
        assertThat(after("2026-06-11T00:30").dueOn()).isEqualTo(LocalDate.of(2026, 6, 14));
    }

    @Test
    void anInterviewAtTheDeadlineIsInTimeAndOneMinuteLaterIsNot() {
        InterviewDeadline deadline = after("2026-06-12T18:00");
        assertThat(deadline.met(deadline.dueAt())).isTrue();
        assertThat(deadline.met(deadline.dueAt().plusSeconds(60))).isFalse();
        assertThat(deadline.met(deadline.returnedAt().plusSeconds(3600))).isTrue();
    }

    @Test
    void isOverdueOnlyOncePastTheDeadlineWithNothingRecorded() {
        InterviewDeadline deadline = after("2026-06-12T18:00");
        assertThat(deadline.overdue(deadline.dueAt(), Optional.empty())).isFalse();
        assertThat(deadline.overdue(deadline.dueAt().plusSeconds(1), Optional.empty()))
                .isTrue();
        assertThat(deadline.overdue(deadline.dueAt().plusSeconds(99_999), Optional.of(deadline.dueAt())))
                .isFalse();
    }

    @Test
    void theSettingsHoursAreUsed() {
        InterviewDeadline deadline =
                new InterviewDeadline(after("2026-06-12T18:00").returnedAt(), 48);
        assertThat(deadline.dueLocal().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-06-14T18:00"));
    }
}
