package app.haven.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @Test
    void aFinancialYearRunsFromAprilToMarch() {
        Period year = Period.parse("2016-17").orElseThrow();

        assertThat(year.from()).isEqualTo(LocalDate.of(2016, 4, 1));
        assertThat(year.toExclusive()).isEqualTo(LocalDate.of(2017, 4, 1));
        assertThat(year.label()).isEqualTo("2016/17");
        assertThat(year.previous().code()).isEqualTo("2015-16");
    }

    @Test
    void theFourthQuarterIsJanuaryToMarchOfTheNextCalendarYear() {
        Period q4 = Period.parse("2016-17-Q4").orElseThrow();

        assertThat(q4.from()).isEqualTo(LocalDate.of(2017, 1, 1));
        assertThat(q4.toExclusive()).isEqualTo(LocalDate.of(2017, 4, 1));
        assertThat(q4.label()).isEqualTo("2016/17 Q4 (January to March)");
        assertThat(q4.previous().code()).isEqualTo("2016-17-q3");
    }

    @Test
    void theQuarterBeforeTheFirstIsTheLastOfTheYearBefore() {
        assertThat(Period.parse("2016-17-q1").orElseThrow().previous().code()).isEqualTo("2015-16-q4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016-18", "2016-17-q5", "1999-00", "2016", "16-17", "", "2016-17-q0", "x"})
    void aCodeThatNamesNoPeriodIsRefused(String code) {
        assertThat(Period.parse(code)).isEmpty();
    }

    @Test
    void aDayInMarchBelongsToTheYearThatBeganTheApriBefore() {
        assertThat(Period.yearOf(LocalDate.of(2017, 3, 31)).code()).isEqualTo("2016-17");
        assertThat(Period.yearOf(LocalDate.of(2017, 4, 1)).code()).isEqualTo("2017-18");
    }

    @Test
    void theTurnOfTheCenturyIsWrittenWithTwoDigits() {
        assertThat(Period.parse("2099-00")).isPresent();
        assertThat(Period.year(2009).code()).isEqualTo("2009-10");
    }
}
