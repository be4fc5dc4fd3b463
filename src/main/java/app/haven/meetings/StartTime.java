package app.haven.meetings;

import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.TypedTime;
import java.time.Instant;
import java.util.Optional;

/** When a meeting starts, as typed: a GOV.UK date and a 24-hour time, read on the London clock. */
public record StartTime(DateParts date, String time) {

    static StartTime empty() {
        return new StartTime(DateParts.empty(), "");
    }

    /** The moment, or an error on {@code starts} (the date) or {@code startsTime}. */
    Optional<Instant> read(FormErrors.Builder errors) {
        if (date.isBlank() || date.toDate().isEmpty()) {
            errors.date("starts", date.isBlank() ? "Enter the date of the meeting" : "The date must be a real date");
            return Optional.empty();
        }
        Optional<Instant> starts = TypedTime.on(date.toDate().get(), time);
        if (starts.isEmpty()) {
            errors.field("startsTime", "Enter the time the meeting starts on the 24-hour clock, like 14:30");
        }
        return starts;
    }
}
