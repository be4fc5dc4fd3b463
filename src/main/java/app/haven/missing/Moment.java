package app.haven.missing;

import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.TypedTime;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A date and a time of day as a person typed them (a GOV.UK date input and a 24-hour time), read on the London clock.
 * In the hour the clocks go back the earlier reading is taken; a time skipped when they go forward moves on an hour.
 */
public record Moment(DateParts date, String time) {

    static Moment of(Instant instant) {
        ZonedDateTime local = instant.atZone(InterviewDeadline.LONDON);
        return new Moment(
                DateParts.of(local.toLocalDate()), String.format("%02d:%02d", local.getHour(), local.getMinute()));
    }

    /**
     * The moment a form posted as {@code name.day}, {@code name.month}, {@code name.year} and {@code nameTime} (the
     * fields of the {@code missing/moment} template), blank parts where a field was not sent.
     */
    static Moment typed(java.util.Map<String, String> form, String name) {
        return new Moment(
                new DateParts(
                        form.getOrDefault(name + ".day", ""),
                        form.getOrDefault(name + ".month", ""),
                        form.getOrDefault(name + ".year", "")),
                form.getOrDefault(name + "Time", ""));
    }

    static Moment empty() {
        return new Moment(DateParts.empty(), "");
    }

    public boolean isBlank() {
        return date.isBlank() && (time == null || time.isBlank());
    }

    Optional<Instant> toInstant() {
        return date.toDate().flatMap(day -> TypedTime.on(day, time));
    }

    /**
     * Reads the moment for a form, adding an error on {@code name} (the date) or {@code name + "Time"} when it is
     * missing or not real; {@code what} names it in messages ("the start").
     */
    Optional<Instant> read(String name, String what, FormErrors.Builder errors) {
        if (date.isBlank()) {
            errors.date(name, "Enter the date of " + what);
            return Optional.empty();
        }
        if (date.toDate().isEmpty()) {
            errors.date(name, "The date of " + what + " must be a real date");
            return Optional.empty();
        }
        if (time == null || time.isBlank()) {
            errors.field(name + "Time", "Enter the time of " + what + ", for example 14:30");
            return Optional.empty();
        }
        Optional<Instant> instant = toInstant();
        if (instant.isEmpty()) {
            errors.field(
                    name + "Time", "The time of " + what + " must be a real time on the 24-hour clock, like 14:30");
        }
        return instant;
    }
}
