package app.haven.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedTimeTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"14:30, 14:30", "9.05, 09:05", "' 7:00 ', 07:00", "00:00, 00:00", "23:59, 23:59", "09:00, 09:00"})
    void readsATimeTypedOnThe24HourClockWithAColonOrADot(String typed, LocalTime time) {
        assertThat(TypedTime.parse(typed)).contains(time);
    }

    @ParameterizedTest(name = "\"{0}\" is not a time")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "24:00", "14:60", "2pm", "14:3", "1430", "14:30:00", "-1:00", "twelve"})
    void refusesWhatIsNotARealTimeOnThe24HourClock(String typed) {
        assertThat(TypedTime.parse(typed)).isEmpty();
    }

    @Test
    void readsTheTimeOnTheLondonClockInWinterAndInSummer() {
        assertThat(TypedTime.on(LocalDate.of(2026, 12, 3), "14:30")).contains(Instant.parse("2026-12-03T14:30:00Z"));
        assertThat(TypedTime.on(LocalDate.of(2026, 7, 3), "14:30")).contains(Instant.parse("2026-07-03T13:30:00Z"));
    }

    @Test
    void takesTheEarlierReadingWhenTheClocksGoBackAndMovesASkippedTimeOnAnHour() {
        assertThat(TypedTime.on(LocalDate.of(2026, 10, 25), "01:30")).contains(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(TypedTime.on(LocalDate.of(2026, 3, 29), "01:30")).contains(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void namesNoMomentForATimeThatIsNotReal() {
        assertThat(TypedTime.on(LocalDate.of(2026, 12, 3), "25:00")).isEmpty();
    }
}
