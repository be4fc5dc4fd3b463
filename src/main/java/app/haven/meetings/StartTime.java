package app.haven.meetings;

import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** When a meeting starts, as typed: a GOV.UK date and a 24-hour time, read on the London clock. */
public record StartTime(DateParts date, String time) {

    private static final Pattern TIME = Pattern.compile("([01]?[0-9]|2[0-3])[:.]([0-5][0-9])");

    static StartTime empty() {
        return new StartTime(DateParts.empty(), "");
    }

    /** The moment, or an error on {@code starts} (the date) or {@code startsTime}. */
    Optional<Instant> read(FormErrors.Builder errors) {
        if (date.isBlank() || date.toDate().isEmpty()) {
            errors.date("starts", date.isBlank() ? "Enter the date of the meeting" : "The date must be a real date");
            return Optional.empty();
        }
        Matcher clock = TIME.matcher(time == null ? "" : time.strip());
        if (!clock.matches()) {
            errors.field("startsTime", "Enter the time the meeting starts on the 24-hour clock, like 14:30");
            return Optional.empty();
        }
        LocalTime at = LocalTime.of(Integer.parseInt(clock.group(1)), Integer.parseInt(clock.group(2)));
        return Optional.of(
                ZonedDateTime.of(date.toDate().get(), at, MeetingView.LONDON).toInstant());
    }
}
