package app.haven.disruption;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ComparatorCsvTest {

    @Test
    void readsRatesWithQuotedFields() {
        ComparatorCsv.Read read = ComparatorCsv.read("area,year,rate,source\r\n"
                + "Northmoor,2025,2.41,\"Home Office, crime outcomes 2025\"\r\n"
                + "\"Easthaven \"\"City\"\"\",2025,0,Published report\r\n");
        assertThat(read.errors()).isEmpty();
        assertThat(read.rates())
                .containsExactly(
                        new ComparatorCsv.Rate(
                                "Northmoor", 2025, new BigDecimal("2.41"), "Home Office, crime outcomes 2025"),
                        new ComparatorCsv.Rate("Easthaven \"City\"", 2025, new BigDecimal("0"), "Published report"));
    }

    @Test
    void everyBadLineIsReportedByNumberAndNothingIsRead() {
        ComparatorCsv.Read read = ComparatorCsv.read("""
                area,year,rate,source
                Northmoor,2025,2.41,Home Office
                Westfold,20x5,1.2,Home Office
                Southby,2025,-1,Home Office
                Northmoor,2025,2.50,Home Office
                Eastwick,2025,1.5
                Upton,2025,1.234,
                """);
        assertThat(read.rates()).isEmpty();
        assertThat(read.errors())
                .containsExactly(
                        "Line 3: the year must be a whole number between 2000 and 2100",
                        "Line 4: the rate must be a number of 0 or more with at most 2 decimal places",
                        "Line 5: Northmoor 2025 appears twice",
                        "Line 6: expected 4 fields (area, year, rate, source)",
                        "Line 7: the rate must be a number of 0 or more with at most 2 decimal places",
                        "Line 7: enter the source of the rate (up to 300 characters)");
    }

    @Test
    void aFileWithoutTheHeaderOrWithoutRatesIsRefused() {
        assertThat(ComparatorCsv.read("Northmoor,2025,2.41,Home Office").errors())
                .containsExactly("Line 1: the first line must be the header area,year,rate,source");
        assertThat(ComparatorCsv.read("area,year,rate,source\n").errors())
                .containsExactly("The file has no rates after its header");
    }
}
