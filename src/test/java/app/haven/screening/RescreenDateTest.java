package app.haven.screening;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.platform.WorkingDays;
import app.haven.screening.banding.ToolDefinition;
import app.haven.screening.banding.ToolDefinitionReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Re-screen dates and strategy discussion deadlines. */
class RescreenDateTest {

    private static final ToolDefinition LEVELS = ToolDefinitionReader.read(
            "cse-levels-v2.yaml",
            new InputStreamReader(
                    RescreenDateTest.class.getResourceAsStream("/screening/cse-levels-v2.yaml"),
                    StandardCharsets.UTF_8));
    private static final ScreeningSettings.Values SETTINGS = new ScreeningSettings.Values(1, 4, 6, 0);

    @ParameterizedTest(name = "{0}, trigger {1}, not known {2}: {3}")
    @CsvSource({
        "NONE, false, false, ",
        "NONE, true, false, 2026-12-28",
        "NONE, false, true, 2027-01-11",
        "LOW, false, false, 2027-02-22",
        "LOW, false, true, 2027-01-11",
        "HIGH, true, true, 2026-12-28",
        "MEDIUM, false, false, 2027-01-11"
    })
    void theSoonestOfTheBandsIntervalATriggerAndNotKnownAnswers(
            String band, boolean trigger, boolean notKnown, LocalDate expected) {
        LocalDate screened = LocalDate.of(2026, 11, 30);
        assertThat(RescreenDate.of(LEVELS, LEVELS.band(band), screened, trigger, notKnown, SETTINGS)
                        .orElse(null))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        "2026-11-30, 1, 2026-12-01", // Monday to Tuesday
        "2026-12-04, 1, 2026-12-07", // Friday to Monday
        "2026-12-05, 1, 2026-12-07", // Saturday to Monday
        "2026-12-06, 0, 2026-12-07", // Sunday, same day: the next working day
        "2026-12-03, 2, 2026-12-07", // Thursday to Monday
        "2026-12-04, 5, 2026-12-11"
    })
    void workingDaysSkipWeekends(LocalDate from, int days, LocalDate expected) {
        assertThat(WorkingDays.after(from, days)).isEqualTo(expected);
    }
}
