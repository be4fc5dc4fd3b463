package app.haven.intelligence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradingTest {

    @ParameterizedTest(name = "{0} {1}{2} {3} conditions={4} is valid")
    @CsvSource({
        "3X5X2, 1, A, P, ",
        "3X5X2, 2, B, P, ",
        "3X5X2, 3, E, P, ",
        "3X5X2, 2, C, C, Not to be shared outside the force",
        "5X5X5, A, 1, 1, ",
        "5X5X5, E, 5, 5, ",
        "5X5X5, C, 3, 4, Originator only",
    })
    void acceptsEveryValidCombination(String system, String source, String intel, String handling, String conditions) {
        assertThat(new Grading(system, source, intel, handling, Optional.ofNullable(conditions)).breaches())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}{2} {3} conditions={4} is refused on {5}")
    @CsvSource({
        "3X5X2, 4, A, P, , source",
        "3X5X2, A, 1, P, , source",
        "3X5X2, 1, F, P, , intelligence",
        "3X5X2, 1, 1, P, , intelligence",
        "3X5X2, 1, A, 4, , handling",
        "3X5X2, 1, A, C, , conditions",
        "3X5X2, 1, A, P, Only to the council, conditions",
        "5X5X5, 1, A, P, , source",
        "5X5X5, A, 6, 1, , intelligence",
        "5X5X5, A, 1, P, , handling",
        "4X4, 1, A, P, , system",
    })
    void refusesInvalidCombinationsNamingTheField(
            String system, String source, String intel, String handling, String conditions, String field) {
        List<Grading.Breach> breaches =
                new Grading(system, source, intel, handling, Optional.ofNullable(conditions)).breaches();
        assertThat(breaches).extracting(Grading.Breach::field).contains(field);
    }

    @ParameterizedTest(name = "{0} handling {3} restricted={4}")
    @CsvSource({
        "3X5X2, 1, A, P, false",
        "3X5X2, 1, A, C, true",
        "5X5X5, A, 1, 3, false",
        "5X5X5, A, 1, 4, true",
        "5X5X5, A, 1, 5, true",
    })
    void conditionalHandlingRestrictsTheText(
            String system, String source, String intel, String handling, boolean restricted) {
        assertThat(new Grading(system, source, intel, handling, Optional.of("x")).restricted())
                .isEqualTo(restricted);
    }

    @ParameterizedTest(name = "{0} {1}{2} ranks {3}")
    @CsvSource({"3X5X2, 1, A, 1", "3X5X2, 2, B, 7", "3X5X2, 3, E, 15", "5X5X5, B, 3, 2", "5X5X5, D, 5, 15"})
    void ranksGradesForTheNetworkFilter(String system, String source, String intel, int rank) {
        assertThat(new Grading(system, source, intel, system.equals("3X5X2") ? "P" : "1", Optional.empty()).rank())
                .isEqualTo(rank);
    }
}
