package app.haven.platform;

import java.time.LocalDate;

/**
 * A period a measure is counted for: the days on or after {@code from} and before {@code toExclusive}, in
 * Europe/London (see {@link MeasureSource#countEach}).
 */
public record MeasurePeriod(LocalDate from, LocalDate toExclusive) {

    public MeasurePeriod {
        if (!from.isBefore(toExclusive)) {
            throw new IllegalArgumentException("a period ends after it begins: " + from + " to " + toExclusive);
        }
    }
}
