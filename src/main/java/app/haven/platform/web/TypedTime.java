package app.haven.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time of day as a person typed it on the 24-hour clock ("14:30", "9.05"), and the moment it names on a day in
 * London. In the hour the clocks go back the earlier reading is taken; a time skipped when they go forward moves on an
 * hour.
 */
public final class TypedTime {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Pattern TIME = Pattern.compile("([01]?[0-9]|2[0-3])[:.]([0-5][0-9])");

    private TypedTime() {}

    /** The time typed, or empty when it is blank or not a real time on the 24-hour clock. */
    public static Optional<LocalTime> parse(String typed) {
        Matcher clock = TIME.matcher(typed == null ? "" : typed.strip());
        if (!clock.matches()) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(Integer.parseInt(clock.group(1)), Integer.parseInt(clock.group(2))));
    }

    /** The moment the typed time names on the day in London, or empty when the time is not a real one. */
    public static Optional<Instant> on(LocalDate day, String typed) {
        return parse(typed).map(at -> ZonedDateTime.of(day, at, LONDON).toInstant());
    }
}
