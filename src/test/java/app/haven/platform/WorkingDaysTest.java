package app.haven.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        "2026-11-30, 1, 2026-12-01", // Monday to Tuesday
        "2026-12-04, 1, 2026-12-07", // Friday to Monday
        "2026-12-05, 1, 2026-12-07", // Saturday to Monday
        "2026-12-06, 0, 2026-12-07", // Sunday, same day: the next working day
        "2026-12-03, 2, 2026-12-07", // Thursday to Monday
        "2026-12-04, 5, 2026-12-11",
        "2026-12-24, 1, 2026-12-29", // Christmas Friday, Boxing Day Saturday: substitute Monday 28th
        "2026-04-02, 1, 2026-04-07", // Maundy Thursday to the Tuesday after Easter Monday
        "2026-04-03, 0, 2026-04-07", // Good Friday itself is not a working day
        "2027-12-24, 1, 2027-12-29", // Christmas Saturday, Boxing Day Sunday: Monday and Tuesday off
        "2026-12-31, 1, 2027-01-04", // New Year's Day Friday, then the weekend
        "2026-08-28, 1, 2026-09-01" // Summer bank holiday Monday 31 August
    })
    void workingDaysSkipWeekendsAndBankHolidays(LocalDate from, int days, LocalDate expected) {
        assertThat(WorkingDays.after(from, days)).isEqualTo(expected);
    }

    @Test
    void theBankHolidaysOf2026AreTheUsualEight() {
        assertThat(bankHolidays(2026))
                .containsExactly(
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 4, 3),
                        LocalDate.of(2026, 4, 6),
                        LocalDate.of(2026, 5, 4),
                        LocalDate.of(2026, 5, 25),
                        LocalDate.of(2026, 8, 31),
                        LocalDate.of(2026, 12, 25),
                        LocalDate.of(2026, 12, 28));
    }

    @Test
    void oneOffChangesByProclamationAreKept() {
        assertThat(bankHolidays(2022))
                .containsExactly(
                        LocalDate.of(2022, 1, 3), // New Year's Day was a Saturday
                        LocalDate.of(2022, 4, 15),
                        LocalDate.of(2022, 4, 18),
                        LocalDate.of(2022, 5, 2),
                        LocalDate.of(2022, 6, 2), // spring holiday moved for the Platinum Jubilee
                        LocalDate.of(2022, 6, 3),
                        LocalDate.of(2022, 8, 29),
                        LocalDate.of(2022, 9, 19),
                        LocalDate.of(2022, 12, 26),
                        LocalDate.of(2022, 12, 27)); // Christmas Day was a Sunday
        assertThat(WorkingDays.isBankHoliday(LocalDate.of(2020, 5, 8))).isTrue();
        assertThat(WorkingDays.isBankHoliday(LocalDate.of(2020, 5, 4))).isFalse();
        assertThat(WorkingDays.isBankHoliday(LocalDate.of(2023, 5, 8))).isTrue();
    }

    @Test
    void easterSundayIsWorkedOutForAnyYear() {
        assertThat(BankHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(BankHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(BankHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(BankHolidays.easterSunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
    }

    @Test
    void aMistypedChangeNamesItsFileAndLine() {
        String changes = "# comment\nmoved 2030-05-06 2030-5-10 a typo\n";
        assertThatThrownBy(() -> BankHolidays.withChangesFrom(
                        new ByteArrayInputStream(changes.getBytes(StandardCharsets.UTF_8)), "changes.txt"))
                .hasMessageContaining("changes.txt line 2")
                .hasMessageContaining("2030-5-10");
        assertThatThrownBy(() -> BankHolidays.withChangesFrom(
                        new ByteArrayInputStream("cancelled 2030-05-06\n".getBytes(StandardCharsets.UTF_8)), "c.txt"))
                .hasMessageContaining("c.txt line 1");
    }

    @Test
    void aNegativeNumberOfDaysIsRefused() {
        assertThatThrownBy(() -> WorkingDays.after(LocalDate.of(2026, 1, 5), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<LocalDate> bankHolidays(int year) {
        return LocalDate.of(year, 1, 1)
                .datesUntil(LocalDate.of(year + 1, 1, 1))
                .filter(WorkingDays::isBankHoliday)
                .toList();
    }
}
