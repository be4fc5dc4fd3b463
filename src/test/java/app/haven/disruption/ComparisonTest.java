package app.haven.disruption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rates against figures worked by hand. */
class ComparisonTest {

    @ParameterizedTest(name = "{0} prosecutions over {1} children = {2} per 10,000")
    @CsvSource({
        "12, 48000, 2.50", // 12 x 10,000 / 48,000 = 2.5
        "7, 31250, 2.24", // 70,000 / 31,250 = 2.24 exactly
        "1, 30000, 0.33", // 10,000 / 30,000 = 0.3333...
        "2, 30000, 0.67", // 20,000 / 30,000 = 0.6666... rounds up
        "0, 52000, 0.00",
        "1, 80000, 0.13" // 0.125 rounds half up
    })
    void aRateIsProsecutionsPerTenThousandChildrenToTwoPlaces(long prosecutions, long children, String rate) {
        assertThat(Comparison.ratePer10000(prosecutions, children)).isEqualTo(new BigDecimal(rate));
    }

    @Test
    void thePartnershipsRateIsItsProsecutionsOverAllItsChildrenNotTheMeanOfItsAreasRates() {
        // Halton 3 over 20,000 (1.50); Crewe 9 over 60,000 (1.50); Nantwich 0 over 20,000 (0.00).
        // The partnership: 12 over 100,000 = 1.20, where the mean of the areas' rates would be 1.00.
        Comparison.Own own = Comparison.own(List.of(
                new Comparison.AreaYear("Halton", 20_000, "ONS", 3),
                new Comparison.AreaYear("Crewe", 60_000, "ONS", 9),
                new Comparison.AreaYear("Nantwich", 20_000, "ONS", 0)));
        assertThat(own.children()).isEqualTo(100_000);
        assertThat(own.prosecutions()).isEqualTo(12);
        assertThat(own.rate()).contains(new BigDecimal("1.20"));
        assertThat(own.areas().get(0).rate()).isEqualTo(new BigDecimal("1.50"));
    }

    @Test
    void withoutAPopulationThereIsNoRate() {
        assertThat(Comparison.own(List.of()).rate()).isEmpty();
        assertThatThrownBy(() -> Comparison.ratePer10000(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
