package app.haven.insight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisclosureControlTest {

    private final DisclosureControl official = DisclosureControl.official();
    private final DisclosureControl exactTotals = new DisclosureControl(5, 1);

    @ParameterizedTest
    @CsvSource({"0,0", "1,c", "3,c", "5,c", "6,6", "158,158"})
    void hidesCountsFromOneToFive(long count, String shown) {
        assertThat(official.count(count)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({"4,c", "6,10", "14,10", "15,20", "499,500", "83,80", "0,0"})
    void roundsTotalsToTheNearestTenAndHidesSmallOnes(long count, String shown) {
        assertThat(official.total(count)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({
        "95,100,c", // the 5 whose risk was not reduced would show
        "90,100,90.0%",
        "2,3,c",
        "1,3000,c",
        "200,300,66.7%",
        "1000,3000,33.3%",
        "0,0,–",
        "0,10,0.0%"
    })
    void showsPercentagesToOneDecimalPlaceUnlessTheyRevealASmallNumber(long part, long whole, String shown) {
        assertThat(official.percent(part, whole)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({"499,158,+215.8%", "100,200,-50.0%", "10,10,0.0%", "3,100,c", "10,0,–"})
    void showsChangeAgainstAnEarlierFigure(long now, long before, String shown) {
        assertThat(official.change(now, before)).isEqualTo(shown);
    }

    @Test
    void hidesASecondCellInEveryRowAndColumnWhereTheFirstCouldBeWorkedOutFromTheTotals() {
        long[][] counts = {{3, 10}, {8, 12}, {20, 30}};

        ShownTable shown = exactTotals.table(counts, true, true);

        assertThat(shown.cells()[0]).containsExactly("c", "c", "13");
        assertThat(shown.cells()[1]).containsExactly("c", "c", "20");
        assertThat(shown.cells()[2]).containsExactly("20", "30", "50");
        assertThat(shown.cells()[3]).containsExactly("31", "52", "83");
    }

    @Test
    void roundsEveryTotalOfATableButNoneOfItsCells() {
        long[][] counts = {{3, 10}, {8, 12}, {20, 30}};

        ShownTable shown = official.table(counts, true, true);

        assertThat(shown.rowTotal(0)).isEqualTo("10");
        assertThat(shown.rowTotal(2)).isEqualTo("50");
        assertThat(shown.columnTotal(0)).isEqualTo("30");
        assertThat(shown.columnTotal(1)).isEqualTo("50");
        assertThat(shown.grandTotal()).isEqualTo("80");
        assertThat(shown.cell(2, 0)).isEqualTo("20");
    }

    @Test
    void hidesTheTotalWhenEveryOtherCellOfTheLineIsZero() {
        long[][] counts = {{4}, {0}, {0}};

        ShownTable shown = exactTotals.table(counts, false, true);

        assertThat(shown.cell(0, 0)).isEqualTo("c");
        assertThat(shown.cell(1, 0)).isEqualTo("0");
        assertThat(shown.columnTotal(0)).isEqualTo("c");
    }

    @Test
    void hidesTheNextSmallestCellOfAColumnWithOnlyColumnTotals() {
        long[][] counts = {{2}, {40}, {9}, {0}};

        ShownTable shown = exactTotals.table(counts, false, true);

        assertThat(java.util.Arrays.stream(shown.cells()).map(row -> row[0]))
                .containsExactly("c", "40", "c", "0", "51");
    }

    @Test
    void leavesATableWithoutSmallCountsAsItIs() {
        long[][] counts = {{6, 7}, {8, 9}};

        ShownTable shown = exactTotals.table(counts, true, true);

        assertThat(shown.cells()[0]).containsExactly("6", "7", "13");
        assertThat(shown.cells()[2]).containsExactly("14", "16", "30");
    }

    @Test
    void protectsEveryLineThatASecondaryHiddenCellTouches() {
        // Row 0 hides 7 beside the 1; column 0 then hides 20 below the 1, and column 1 hides 9 below the 7, which
        // leaves row 1 with two hidden cells too.
        long[][] counts = {{1, 7, 50}, {20, 9, 60}, {30, 40, 70}};

        ShownTable shown = exactTotals.table(counts, true, true);

        assertThat(shown.cells()[0]).containsExactly("c", "c", "50", "58");
        assertThat(shown.cells()[1]).containsExactly("c", "c", "60", "89");
        assertThat(shown.cells()[2]).containsExactly("30", "40", "70", "140");
    }
}
