package app.haven.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutcomeFiguresTest {

    @ParameterizedTest
    @CsvSource({"20, 19, 1, 0, 95.0", "3, 2, 1, 0, 66.7", "1, 0, 0, 1, 0.0", "0, 0, 0, 0, ''"})
    void theReducedShareIsAPercentageToOneDecimalPlace(
            int closed, int reduced, int unchanged, int increased, String share) {
        assertThat(new OutcomeFigures(closed, reduced, unchanged, increased).reducedShare())
                .isEqualTo(share);
    }
}
