package app.haven.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesFieldsWithCommasQuotesOrLineBreaks() {
        assertThat(Csv.line(List.of("plain", "a, b", "say \"hi\"", "two\nlines")))
                .isEqualTo("plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
    }

    @Test
    void neverLetsASpreadsheetRunAField() {
        assertThat(Csv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.field("+1")).isEqualTo("'+1");
        assertThat(Csv.field("@me")).isEqualTo("'@me");
        assertThat(Csv.field("")).isEmpty();
    }
}
