package app.haven.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmallNumbersTest {

    @Test
    void countsFromOneToFiveAreShownAsC() {
        assertThat(SmallNumbers.shown(List.of(0L, 1L, 5L, 6L, 40L))).containsExactly("0", "c", "c", "6", "40");
    }

    @Test
    void whenOnlyOneCountIsHiddenTheNextSmallestIsHiddenTooSoTheTotalCannotRevealIt() {
        assertThat(SmallNumbers.shown(List.of(3L, 12L, 7L, 0L, 30L))).containsExactly("c", "12", "c", "0", "30");
    }

    @Test
    void zerosAndLargeCountsAreShownAsTheyAre() {
        assertThat(SmallNumbers.shown(List.of(0L, 0L, 0L, 0L, 0L))).containsExactly("0", "0", "0", "0", "0");
        assertThat(SmallNumbers.shown(List.of(6L, 7L, 8L, 9L, 10L))).containsExactly("6", "7", "8", "9", "10");
    }

    @Test
    void aSmallTotalIsHidden() {
        assertThat(SmallNumbers.total(5)).isEqualTo("c");
        assertThat(SmallNumbers.total(6)).isEqualTo("6");
        assertThat(SmallNumbers.total(0)).isEqualTo("0");
    }
}
