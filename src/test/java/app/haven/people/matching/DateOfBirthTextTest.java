package app.haven.people.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateOfBirthTextTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "3/4/2012|2012-04-03",
                "03/04/2012|2012-04-03",
                "3-4-2012|2012-04-03",
                "3.4.2012|2012-04-03",
                "03/04/12|2012-04-03",
                "3/4/30|1930-04-03",
                "3 April 2012|2012-04-03",
                "3 Apr 2012|2012-04-03",
                "3rd April 2012|2012-04-03",
                "April 3 2012|2012-04-03",
                "april 3rd, 2012|2012-04-03",
                "2012-04-03|2012-04-03",
                "03042012|2012-04-03",
                "2/14/2011|2011-02-14"
            })
    void readsTheDateFormsPeopleTypeInTheUk(String typed, String expected) {
        assertThat(DateOfBirthText.parse(typed, TODAY)).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2012", "30 February 2012", "29/2/2013", "1/1/2030", "13/13/2012", "yesterday", ""})
    void refusesImpossibleOrFutureDates(String typed) {
        assertThat(DateOfBirthText.parse(typed, TODAY)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "2012-04-03, 2012-04-03, SAME",
        "2012-04-03, 2012-03-04, DAY_MONTH_SWAPPED",
        "2012-04-03, 2013-04-03, YEAR_OFF_BY_ONE",
        "2012-04-03, 2011-04-03, YEAR_OFF_BY_ONE",
        "2012-04-03, 2013-03-04, SWAPPED_AND_YEAR_OFF_BY_ONE",
        "2012-04-03, 2012-04-05, DIFFERENT",
        "2012-04-03, 2014-04-03, DIFFERENT",
        "2012-02-29, 2013-02-28, YEAR_OFF_BY_ONE"
    })
    void comparesDatesOfBirth(String searched, String held, DobComparison expected) {
        assertThat(DateOfBirthText.compare(LocalDate.parse(searched), LocalDate.parse(held)))
                .isEqualTo(expected);
    }

    @Test
    void variantsAreTheDateItsSwapAndAYearEitherSide() {
        assertThat(DateOfBirthText.variants(LocalDate.of(2012, 4, 3)))
                .containsExactlyInAnyOrder(
                        LocalDate.of(2012, 4, 3),
                        LocalDate.of(2013, 4, 3),
                        LocalDate.of(2011, 4, 3),
                        LocalDate.of(2012, 3, 4),
                        LocalDate.of(2013, 3, 4),
                        LocalDate.of(2011, 3, 4));
        assertThat(DateOfBirthText.variants(LocalDate.of(2012, 4, 25))).hasSize(3);
        assertThat(DateOfBirthText.variants(LocalDate.of(2012, 2, 29))).contains(LocalDate.of(2013, 2, 28));
    }
}
