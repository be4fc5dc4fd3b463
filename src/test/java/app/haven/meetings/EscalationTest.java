package app.haven.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EscalationTest {

    private static final LocalDate DUE = LocalDate.of(2027, 3, 10);

    @ParameterizedTest(name = "{0} days after the due date, manager {1}, already at {2}: level {3}")
    @CsvSource({
        // Due today or not yet overdue: nothing.
        "0, true, 0, 0",
        "-5, true, 0, 0",
        // Within the manager's grace period (3 days): nothing yet.
        "1, true, 0, 0",
        "3, true, 0, 0",
        // Past it: the owner's manager.
        "4, true, 0, 1",
        "10, true, 0, 1",
        // Past the chair's grace period (10 days): the chair, straight from none if the run was missed.
        "11, true, 0, 2",
        "11, true, 1, 2",
        // No manager: nobody until the chair's time, then the chair.
        "4, false, 0, 0",
        "11, false, 0, 2",
        // A level reached is never lowered (the due date moved, or the settings changed).
        "1, true, 1, 1",
        "1, true, 2, 2"
    })
    void escalatesToTheManagerThenTheChairAfterTheirGracePeriods(
            int daysAfter, boolean hasManager, int current, int expected) {
        assertThat(Escalation.levelDue(DUE, DUE.plusDays(daysAfter), 3, 10, hasManager, current))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "grace 0: {0} days after due gives level {1}")
    @CsvSource({"0, 0", "1, 1"})
    void withNoManagerGraceAnActionEscalatesTheDayAfterItFellDue(int daysAfter, int expected) {
        assertThat(Escalation.levelDue(DUE, DUE.plusDays(daysAfter), 0, 5, true, 0))
                .isEqualTo(expected);
    }
}
